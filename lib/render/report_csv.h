// The spreadsheets of `report --out DIR`: one CSV file per kind of row (aggregates,
// targets, tasks), each row carrying the names people look for beside the figures.
// Columns keep the JSON keys in every language, as `score --format csv` does.
#pragma once

#include <string>

#include "model.h"
#include "year_score.h"

namespace plankit {

// One row per aggregate (plan, chapters, goals, units): kind, id, name, score, rating,
// the targets and tasks components and last year's score.
std::string report_scores_csv(const YearScore& score);

// One row per target of the year's score: its name and measure, then the figures of its
// score and trend.
std::string report_targets_csv(const YearScore& score, const Plan& plan);

// One row per task due in the year: its title, chapter and lead, then its status, score
// and risk.
std::string report_tasks_csv(const YearScore& score, const Plan& plan);

}  // namespace plankit
