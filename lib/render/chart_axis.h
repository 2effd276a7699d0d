// Scales shared by the Mermaid charts of report.md and the SVG charts of report.html, so
// that both draw a target against the same axis.
#pragma once

#include <string>

namespace plankit {

// A round upper bound for a y-axis holding `max`: the next multiple of half a power of
// ten (13.08 → 15, 3 → 3, 96 → 100), so bars are compared against a readable scale.
double axis_top(double max);

// A figure as a chart gives it: up to six decimals, every figure a plan gives without
// float noise such as ...0000001.
std::string chart_number(double v);

}  // namespace plankit
