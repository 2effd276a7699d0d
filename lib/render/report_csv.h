// The spreadsheets of `report --out DIR`: one CSV file per kind of row (aggregates,
// targets, tasks), each row carrying the names people look for beside the figures and
// the notes units gave. Headed and worded in the output language (csv_columns.h).
#pragma once

#include <string>

#include "labels.h"
#include "model.h"
#include "year_score.h"

namespace plankit {

// One row per aggregate (plan, chapters, goals, units): kind, id, name, score, rating,
// the targets and tasks components and last year's score.
std::string report_scores_csv(const YearScore& score, Lang lang);

// One row per target of the year's score: its name and measure, then the figures of its
// score and trend, and the source and note of its record.
std::string report_targets_csv(const YearScore& score, const Plan& plan, Lang lang);

// One row per task due in the year: its title, chapter and leads (ids, then names), then
// its status, score, risk and the note of its record.
std::string report_tasks_csv(const YearScore& score, const Plan& plan, Lang lang);

// One row per allocated unit of each target with contributions in the year (cycle.md,
// "Contributions"): the target, the unit (id and name), its allocation and its part.
std::string report_contributions_csv(const YearScore& score, const Plan& plan, Lang lang);

}  // namespace plankit
