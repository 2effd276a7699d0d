// The Markdown report (cli.md, "Reports people read"), both `report`'s report.md and
// `score --format md`: what a department head reads cold — the headline score, a table
// per aggregate, targets with their lights and trends, what slipped and what it
// endangers, and Mermaid charts — rendered from the year's score (YearScore) and the plan
// it was computed on. The aggregate and findings tables are those of the terminal report
// (score_tables.h), so both show the same figures in the same order; the sections are
// walked once by report_sections.cpp (report_sink.h), for this writer and the HTML one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "history.h"
#include "labels.h"
#include "model.h"
#include "target_score.h"
#include "target_trend.h"
#include "year_score.h"

namespace plankit {

// A light as people read it: a symbol and the word (`🟢 green`, `🔴 红`).
std::string light_text(Light light, Lang lang);

// A trend as people read it: an arrow and the words (`↗ moderately improving`).
std::string trend_text(Trend trend, Lang lang);

// A task's reported status in words, or "no report" when there is none.
std::string status_text(const std::optional<Status>& status, Lang lang);

// The whole report for one year; `files` (name and what it holds, already in `lang`) are
// listed at the end when not empty, for a report that sits beside other output files.
// With `history` (the years from the period's first up to this one), a history section
// follows the overview: the plan score per year as a chart, each target's class per year
// and what changed since last year.
std::string report_to_markdown(const Plan& plan, const YearScore& score, Lang lang,
                               const std::vector<std::pair<std::string, std::string>>& files = {},
                               const History* history = nullptr);

}  // namespace plankit
