// The aggregates of a yearly score in the order every table lists them: the plan, then its
// chapters, goals and units, each with last year's score. One walk for all the writers, so
// the CSV of `score` and the scores.csv of `report` cannot list them differently.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "year_score.h"

namespace plankit {

struct AggregateLine {
    const char* kind;         // "plan", "chapter", "goal", "unit"
    const std::string& id;
    const std::string& name;  // the plan's title, the chapter's or goal's title, the unit's name
    const AggregateScore& aggregate;
    std::optional<double> previous;
};

// Views into `score`, which must outlive them.
std::vector<AggregateLine> aggregate_lines(const YearScore& score);

}  // namespace plankit
