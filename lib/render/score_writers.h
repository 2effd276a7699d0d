// The renderings of a year's score: aligned text for the terminal, CSV for spreadsheets and
// JSON for machines (cli.md's shape, readings.md 64, 76). The Markdown report is
// report_to_markdown (report_markdown.h), the same for `score --format md` and `report`.
#pragma once

#include <string>

#include "labels.h"
#include "model.h"
#include "score_tables.h"
#include "year_score.h"

namespace plankit {

// Headline score and rating, aggregates in plan order, targets with names, lights and
// trends, tasks that slipped and what they put at risk, and the change since Y − 1; names
// come from `plan`, the plan the score was computed on. ANSI colour when `color` is set.
std::string score_to_text(const Plan& plan, const YearScore& score, Lang lang, bool color);

// A bold heading and the table aligned for a wide terminal (names wrap, ids and figures
// keep their width), or "" when the table has no rows.
std::string text_section(const std::string& heading, const ScoreTable& table, bool color);

// One row per scored thing (plan, chapter, goal, unit, target, task) with stable columns.
std::string score_to_csv(const YearScore& score, Lang lang);

// The JSON document of cli.md, with `ratio`, `next_milestone`, aggregate `rating` and
// `components`, and `previous` when there are records for Y − 1; finding messages in `lang`.
std::string score_to_json(const YearScore& score, Lang lang);

}  // namespace plankit
