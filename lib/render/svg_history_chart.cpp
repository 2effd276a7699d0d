// The plan score per year, as SVG bars on a 0–100 scale (svg_chart.h).
#include "number_format.h"
#include "svg_chart.h"

namespace plankit {
namespace {

constexpr double kWidth = 520, kHeight = 200;
constexpr double kLeft = 44, kRight = 508, kTop = 16, kBottom = 170;
constexpr const char* kFill = "#9ec5fe";

}  // namespace

std::string svg_history_chart(const History& history, Lang lang) {
    bool any = false;
    for (const auto& y : history.plan_scores) any = any || y.score.has_value();
    if (!any) return {};
    ValueAxis axis{0, 100, kBottom, kTop};
    std::string body = axis.grid(kLeft, kRight);
    const double slot = (kRight - kLeft) / static_cast<double>(history.plan_scores.size());
    for (std::size_t i = 0; i < history.plan_scores.size(); ++i) {
        const auto& y = history.plan_scores[i];
        const double mid = kLeft + slot * (static_cast<double>(i) + 0.5);
        body += svg_text(mid, kBottom + 16, std::to_string(y.year), "middle", "tick");
        if (!y.score) continue;
        const double top = axis.y(*y.score);
        body += svg_rect(mid - slot * 0.3, top, slot * 0.6, kBottom - top, kFill);
        body += svg_text(mid, top - 4, format_number(*y.score), "middle", "figure");
    }
    return svg_element(kWidth, kHeight, label(lang, "report.plan_score"), body);
}

}  // namespace plankit
