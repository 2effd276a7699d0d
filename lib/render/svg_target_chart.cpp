// A target's actuals against its trajectory, as an SVG bar-and-line chart (svg_chart.h).
#include <algorithm>

#include "chart_axis.h"
#include "svg_chart.h"

namespace plankit {
namespace {

constexpr double kWidth = 520, kHeight = 220;
constexpr double kLeft = 56, kRight = 508, kTop = 16, kBottom = 166;
constexpr const char* kActualFill = "#9ec5fe";   // pale bars, so the dark line reads over them
constexpr const char* kExpectedStroke = "#b02a37";

}  // namespace

std::string svg_target_chart(const Target& target, const TargetRow& row, Lang lang) {
    const auto& points = row.trend.points;  // the baseline, then the actuals up to the year
    if (points.size() < 2) return {};
    double top = 0, bottom = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        top = std::max({top, row.chart_expected[i], points[i].value});
        bottom = std::min({bottom, row.chart_expected[i], points[i].value});
    }
    ValueAxis axis{bottom < 0 ? -axis_top(-bottom) : 0, axis_top(top), kBottom, kTop};
    std::string body = axis.grid(kLeft, kRight);
    const double slot = (kRight - kLeft) / static_cast<double>(points.size());
    std::string line;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double mid = kLeft + slot * (static_cast<double>(i) + 0.5);
        const double zero = axis.y(0), v = axis.y(points[i].value);
        body += svg_rect(mid - slot * 0.3, std::min(zero, v), slot * 0.6, std::max(0.5, std::abs(zero - v)), kActualFill);
        body += svg_text(mid, kBottom + 16, std::to_string(points[i].year), "middle", "tick");
        line += (i == 0 ? "" : " ") + svg_number(mid) + "," + svg_number(axis.y(row.chart_expected[i]));
    }
    body += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"" + kExpectedStroke + "\" stroke-width=\"2\"/>\n";
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double mid = kLeft + slot * (static_cast<double>(i) + 0.5);
        body += "<circle cx=\"" + svg_number(mid) + "\" cy=\"" + svg_number(axis.y(row.chart_expected[i])) +
                "\" r=\"3\" fill=\"" + kExpectedStroke + "\"/>\n";
    }
    double x = kLeft;
    body += svg_legend_entry(x, kHeight - 8, kActualFill, label(lang, "actual"));
    body += svg_legend_entry(x, kHeight - 8, kExpectedStroke, label(lang, "expected_value"), true);
    if (target.measure && !target.measure->empty()) body += svg_text(kLeft - 4, kTop - 4, *target.measure, "end", "tick");
    return svg_element(kWidth, kHeight, target.name, body);
}

}  // namespace plankit
