// The years side by side (cycle.md, "History"): every year of a range scored exactly as
// `score --year Y` scores it, from one load and one graph, laid out per subject for the
// writers of `plankit history` and the report's history section.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model.h"
#include "progress.h"
#include "year_score.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// A plan, chapter, goal or unit score in one year.
struct YearAggregate {
    int year = 0;
    std::optional<double> score;
    std::optional<std::string> rating;
};

// One chapter, goal or unit over the years.
struct AggregateHistory {
    std::size_t index = 0;  // into plan.chapters / goals / units: people read plan order
    std::string id;
    std::string title;  // the chapter's or goal's title, the unit's name
    std::vector<YearAggregate> years;
};

// One target in one year of its scoring window.
struct TargetYear {
    int year = 0;
    TargetScore score;
    ClassOf cls;
};

// One target over the years it is scored in (not every year of the range).
struct TargetHistory {
    std::size_t index = 0;  // into plan.targets
    std::string id;
    std::string name;
    std::optional<std::string> measure;
    std::vector<TargetYear> years;
};

struct History {
    std::string plan;
    std::string title;
    std::vector<int> years;
    std::vector<YearAggregate> plan_scores;
    std::vector<TargetHistory> targets;  // by id, those scored in at least one year
    std::vector<AggregateHistory> chapters, goals, units;  // by id, all of them
    // From the year before the last to the last: the plan score, if it moved, and every
    // target whose class changed (one first scored in the last year included).
    std::vector<ScenarioChange> since_last_year;
};

// The years `from`..`to` (from ≤ to). A year without records is listed too: its tasks
// score as missing.
History plan_history(const PlanGraph& graph, const Progress& progress, int from, int to);

}  // namespace plankit
