// What a revision of the plan changes (cycle.md, "Revisions"): the two plans' units,
// goals, chapters, targets and tasks paired by id, and what follows from the changes —
// the expected values of a target whose trajectory moved, the units whose annual work
// plans gain or lose a task. Codes and values only; the writers word them.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model.h"

namespace plankit {

enum class DiffChange { added, removed, changed };
const char* to_string(DiffChange c);

// A field's value on one side: absent, a text (lists joined by ", "), a figure or a year.
using DiffValue = std::variant<std::monostate, std::string, double, int>;

struct DiffEntry {
    std::string subject;  // `plan`, `scoring`, `unit:ID`, `goal:ID`, `chapter:ID`, `target:ID`, `task:ID`
    DiffChange change = DiffChange::changed;
    std::string field;  // empty unless changed; e.g. `lead`, `milestones.2025.value`
    // Changed: the field's values. Added: the new item's title or name in `new_value`;
    // removed: the old one's in `old_value`.
    DiffValue old_value, new_value;
};

// A target whose trajectory changed: its expected value in every year of the new plan's
// period (and the old one's), old and new.
struct ExpectedYear {
    int year = 0;
    std::optional<double> old_value, new_value;
};
struct TrajectoryChange {
    std::string target;
    std::vector<ExpectedYear> years;
};

// A task whose effective lead or support changed: the units that gain it or lose it.
struct WorkplanChange {
    std::string task;
    std::vector<std::string> gained, lost;
};

struct PlanDiff {
    std::string old_plan, new_plan;  // plan ids
    std::vector<DiffEntry> entries;  // plan, scoring, units, goals, chapters, targets, tasks
    std::vector<TrajectoryChange> trajectories;
    std::vector<WorkplanChange> workplans;
    int added = 0, removed = 0, changed = 0;

    bool same() const { return entries.empty(); }
};

// Compares the model only: where things were written (files, lines) is no change.
PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan);

}  // namespace plankit
