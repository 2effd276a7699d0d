// Task status across all chapters, as one SVG chart of stacked horizontal bars
// (svg_chart.h).
#include <algorithm>

#include "svg_chart.h"

namespace plankit {
namespace {

constexpr double kWidth = 520;
constexpr double kLeft = 64, kRight = 508, kTop = 8, kRow = 22, kBar = 14;

// The colour of a status, by its label key: traffic colours for how work stands, greys
// for what is not counted or not known.
const char* status_colour(const std::string& key) {
    if (key == "status.done") return "#2e7d32";
    if (key == "status.on_track") return "#81c784";
    if (key == "status.delayed") return "#f9a825";
    if (key == "status.not_started") return "#ef6c00";
    if (key == "status.blocked") return "#c62828";
    if (key == "status.cancelled") return "#bdbdbd";
    return "#757575";  // no report
}

// White figures on the dark colours, black on the pale ones.
const char* figure_class(const std::string& key) {
    return key == "status.on_track" || key == "status.delayed" || key == "status.cancelled" ? "figure" : "figure light";
}

}  // namespace

std::string svg_status_chart(const std::vector<AggregateRow>& chapters, const std::vector<StatusCounts>& counts,
                             Lang lang) {
    int most = 0;
    for (const auto& c : counts) most = std::max(most, c.total);
    if (most == 0 || counts.empty()) return {};
    std::string body;
    const double scale = (kRight - kLeft) / most;
    double y = kTop;
    for (std::size_t i = 0; i < counts.size() && i < chapters.size(); ++i, y += kRow) {
        body += svg_text(kLeft - 6, y + kBar - 3, chapters[i].id, "end", "tick");
        double x = kLeft;
        for (const auto& [key, n] : counts[i].counts) {
            if (n == 0) continue;
            const double w = n * scale;
            body += svg_rect(x, y, w, kBar, status_colour(key));
            // The count inside its part, where it fits: the figures read without colour.
            if (w >= 12) body += svg_text(x + w / 2, y + kBar - 3, std::to_string(n), "middle", figure_class(key));
            x += w;
        }
    }
    // The legend in the order of the parts, wrapped onto a second line when needed.
    double x = kLeft, line = y + 14;
    for (const auto& [key, n] : counts.front().counts) {
        if (x > kWidth - 110) {
            x = kLeft;
            line += 18;
        }
        body += svg_legend_entry(x, line, status_colour(key), label(lang, key));
    }
    return svg_element(kWidth, line + 8, label(lang, "report.status_by_chapter"), body);
}

}  // namespace plankit
