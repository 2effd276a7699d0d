// The renderings of a year's score: aligned text for the terminal, a Markdown report for
// people, CSV for spreadsheets and JSON for machines (cli.md's shape, readings.md 64, 76).
#pragma once

#include <string>

#include "labels.h"
#include "year_score.h"

namespace plankit {

// Headline score and rating, aggregates, targets with lights, tasks that slipped and what
// they put at risk, and the change since Y − 1; ANSI colour when `color` is set.
std::string score_to_text(const YearScore& score, Lang lang, bool color);

// The same as a Markdown report, with the trend of every target.
std::string score_to_markdown(const YearScore& score, Lang lang);

// One row per scored thing (plan, chapter, goal, unit, target, task) with stable columns.
std::string score_to_csv(const YearScore& score);

// The JSON document of cli.md, with `ratio`, `next_milestone`, aggregate `rating` and
// `components`, and `previous` when there are records for Y − 1.
std::string score_to_json(const YearScore& score);

}  // namespace plankit
