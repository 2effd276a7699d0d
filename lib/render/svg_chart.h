// The pieces every SVG chart of report.html is made of: the `<svg>` element with its
// size, a value axis with grid lines, text and rectangles. All text is escaped here
// (html.h), all coordinates written with one decimal, so a chart is the same bytes
// every run. The chart kinds are svg_target_chart.cpp, svg_status_chart.cpp and
// svg_history_chart.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "history.h"
#include "labels.h"
#include "model.h"
#include "year_score.h"

namespace plankit {

// A coordinate or length as written in the SVG: one decimal at most.
std::string svg_number(double v);

// `<svg …>` with a fixed width and height (also its viewBox: the page scales it down to
// fit, never up) and a title for screen readers, then `body`, then `</svg>`.
std::string svg_element(double width, double height, std::string_view title, const std::string& body);

// Text at (x, y); `anchor` is start, middle or end; `css_class` styles it.
std::string svg_text(double x, double y, std::string_view text, std::string_view anchor = "start",
                     std::string_view css_class = "");

std::string svg_rect(double x, double y, double width, double height, std::string_view fill);

// A vertical value scale from `bottom` to `top`: maps values to the y coordinates of a
// plot area and draws its grid lines and their figures on the left.
struct ValueAxis {
    double bottom = 0, top = 1;   // the values at the bottom and top of the plot area
    double y0 = 0, y1 = 0;        // the plot area's bottom and top y coordinates
    double y(double v) const { return y0 - (v - bottom) / (top - bottom) * (y0 - y1); }
    // Grid lines at `ticks` + 1 even steps across [left, right], figures left of `left`.
    std::string grid(double left, double right, int ticks = 4) const;
};

// A legend entry: a swatch of `fill` (a line when `line`) and the word beside it, at
// (x, y); returns the entry and moves `x` past it.
std::string svg_legend_entry(double& x, double y, std::string_view fill, std::string_view word, bool line = false);

// A target's actuals (bars) against its expected value (a line with dots) for the
// baseline year and every later year with an actual, up to the report year: the figures
// of the row, as the Mermaid chart of report.md draws them. Empty when there is no actual
// after the baseline.
std::string svg_target_chart(const Target& target, const TargetRow& row, Lang lang);

// The task status of every chapter as one horizontal stacked bar per chapter (in the
// order given), each status a colour named in the legend and each part showing its count,
// so that a grey-scale printout still reads. Empty when no chapter has a task due.
std::string svg_status_chart(const std::vector<AggregateRow>& chapters, const std::vector<StatusCounts>& counts,
                             Lang lang);

// The plan score per year as bars on a 0–100 scale, each with its figure; the years
// without a score show no bar. Empty when no year has a score.
std::string svg_history_chart(const History& history, Lang lang);

}  // namespace plankit
