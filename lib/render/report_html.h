// The HTML report (cycle.md, "The HTML report"): report.html of `report` and `score
// --format html`, one self-contained page that opens from an e-mail attachment with no
// network and prints on A4 — the same sections, tables and figures as report.md
// (report_sink.h walks the one report model for both), charts as inline SVG drawn here,
// the picture of what slipping endangers laid out by Graphviz (svg_layout.h). No script,
// no web font, nothing fetched; every plan text escaped (html.h).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "history.h"
#include "labels.h"
#include "model.h"
#include "year_score.h"

namespace plankit {

// The whole page for one year; `files` and `history` as for report_to_markdown. The
// header carries the plan's document number and the evaluation date (YearScore::evaluated);
// a table of contents lists the sections.
std::string report_to_html(const Plan& plan, const YearScore& score, Lang lang,
                           const std::vector<std::pair<std::string, std::string>>& files = {},
                           const History* history = nullptr);

// The page's style sheet: system CJK fonts, right-aligned tabular figures, A4 print rules
// (tables that wrap rather than run off the page, headers repeated, charts kept whole).
const std::string& report_style();

}  // namespace plankit
