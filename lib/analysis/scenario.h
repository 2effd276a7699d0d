// What-if scenarios (cycle.md, "Scenarios"): `--assume SUBJECT=VALUE` replaces or adds
// the record of one task or target for the year, the year is scored as usual, and what
// moved is listed beside the evaluation it departs from.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "message.h"
#include "model.h"
#include "progress.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

struct Assumption {
    enum class Kind { task_status, task_progress, target_value };

    std::string subject;  // as written: `task:13`, `target:journals`
    std::string value;    // as written: `done`, `已完成`, `0.75`, `3`
    Kind kind = Kind::task_status;
    std::size_t index = 0;  // into plan.tasks or plan.targets
    std::optional<Status> status;
    double number = 0;  // the progress or the target's value
};

// Reads `SUBJECT=VALUE` words against the plan: `task:ID=STATUS` (a status or its
// Chinese word), `task:ID=FRACTION` (0 to 1), `target:ID=NUMBER`. The subject must be a
// leaf task or a target of the plan, named once. Mistakes are messages in `errors` (codes and
// values, worded as the command line's usage errors), with "did you mean" where a near id exists.
std::vector<Assumption> read_assumptions(const PlanGraph& graph, const std::vector<std::string>& words,
                                         std::vector<Message>& errors);

// The records with the assumptions made for `year`: each replaces the record of its
// (year, kind, id) or is added. A progress assumption keeps the status recorded
// (`on_track` when there was none).
Progress with_assumptions(const PlanGraph& graph, const Progress& progress, const std::vector<Assumption>& assumed,
                          int year);

// A value before or after: none (null), a flag, a number or a word.
using ChangeValue = std::variant<std::monostate, bool, double, std::string>;

// One figure or flag that moved: `field` of `subject` (`plan:ID`, `chapter:ID`, …).
struct ScenarioChange {
    std::string subject;
    std::string field;
    ChangeValue from;
    ChangeValue to;
    bool from_early = false;  // a class `achieved` before its milestone's year (提前实现)
    bool to_early = false;
};

// The scenario beside the evaluation it departs from.
struct Scenario {
    std::vector<Assumption> assumptions;
    std::optional<double> actual_score;  // the evaluation's plan score and rating
    std::optional<std::string> actual_rating;
    std::vector<ScenarioChange> changes;  // plan, chapters, goals, units, targets, tasks
};

}  // namespace plankit
