// The report model of `decompose` (analysis.md, "Decomposition"; readings.md item 65): the
// responsibility matrix, the annual work plans of every unit and the target trajectories
// with their allocations, all read off the one plan graph.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "allocation.h"
#include "model.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// One row of the responsibility matrix (分工表): a task with its effective attributes.
struct MatrixRow {
    std::string id;
    std::string title;
    std::optional<std::string> chapter;  // effective
    std::optional<std::string> parent;
    bool composite = false;
    std::vector<std::string> lead;     // effective; the first is the primary lead
    std::vector<std::string> support;  // effective, without the units that also lead
    int start = 0;                     // effective
    int end = 0;
    double weight = 1;

    std::optional<std::string> primary_lead() const {
        if (lead.empty()) return std::nullopt;
        return lead.front();
    }
};

// What a unit does for a task: leads it, or supports it (a unit listed as both leads).
enum class TaskRole { lead, support };
const char* to_string(TaskRole role);  // "lead", "support"

// One task in a unit's work plan for a year, with what is due then.
struct WorkplanTask {
    std::string id;
    std::string title;
    TaskRole role = TaskRole::lead;
    std::vector<std::string> milestones;  // texts of the task's own milestones that year
    std::vector<std::string> lead;        // the task's effective leads, for people to see
    std::vector<std::string> support;     // its other (supporting) units
};

// An allocation a unit holds for a year: its part of an additive target (cycle.md,
// "Contributions": what the unit reports as its contribution).
struct HeldAllocation {
    std::string target;  // the target's id
    std::string name;    // and its name
    std::optional<std::string> measure;
    double value = 0;
};

// The annual work plan (年度工作计划) of one unit for one year: the due tasks it leads or
// supports, every level, in task order, and the allocations it holds that year, in target
// order. A unit-year with allocations and no task has a plan too; the JSON lists only
// those with tasks (readings.md item 65), each with its allocations.
struct Workplan {
    std::string unit;
    std::size_t unit_index = 0;  // into plan.units: people read the plans in the plan's order
    int year = 0;
    std::vector<WorkplanTask> tasks;
    std::vector<HeldAllocation> allocations;
};

// The expected value of a target in one year; nullopt where the trajectory has none.
struct ExpectedValue {
    int year = 0;
    std::optional<double> value;
};

// A target's decomposition (指标分解): its expected value year by year and its allocations.
struct TargetDecomposition {
    std::string id;
    std::string name;
    std::optional<std::string> goal;
    std::optional<std::string> owner;
    std::optional<std::string> measure;
    Direction direction = Direction::increase;
    TargetKind kind = TargetKind::expected;
    TrajectoryKind trajectory = TrajectoryKind::linear;
    bool additive = false;
    std::optional<YearValue> baseline;
    std::vector<YearValue> milestones;
    std::vector<ExpectedValue> expected;      // plan-period years (+ vision), or the chosen year
    std::vector<AllocationYear> allocations;  // allocation years, ascending
};

// Which tables to build and how to narrow them (`--view`, `--unit`, `--year`).
struct DecomposeOptions {
    bool matrix = true;
    bool workplans = true;
    bool targets = true;
    // Units to keep (tasks they lead or support, their work plans, targets they own or
    // are allocated a share of); empty keeps everything.
    std::set<std::string> units;
    // Tasks due in that year, work plans of that year, that year's expected value and
    // allocations; nullopt keeps every year.
    std::optional<int> year;
};

// Everything `decompose` reports; a table not asked for is nullopt.
struct Decomposition {
    std::string plan;        // the plan's id
    std::string plan_title;  // and what people call it
    std::optional<std::string> issuer;
    std::optional<std::string> document;
    std::optional<std::vector<MatrixRow>> matrix;
    std::optional<std::vector<Workplan>> workplans;
    std::optional<std::vector<TargetDecomposition>> targets;
    // Names by id, so that writers can show people names instead of ids.
    std::map<std::string, std::string> unit_names;
    std::map<std::string, std::string> chapter_titles;
};

// A task's effective leading units, primary first (from the graph's `leads` edges).
std::vector<std::string> task_leads(const PlanGraph& graph, std::size_t task);

// A task's effective supporting units that do not also lead it.
std::vector<std::string> task_supports(const PlanGraph& graph, std::size_t task);
// The same, given the task's leads (task_leads) when they are at hand already.
std::vector<std::string> task_supports(const PlanGraph& graph, std::size_t task,
                                       const std::vector<std::string>& leads);

// Every task in task order with its effective chapter, units, years and weight.
std::vector<MatrixRow> responsibility_matrix(const PlanGraph& graph);

// One work plan per (unit, year) with at least one due task the unit leads or supports,
// by unit id then year; years run over each task's effective span.
std::vector<Workplan> annual_workplans(const PlanGraph& graph);

// The years `decompose` lists a target's expected value for: every plan-period year, and
// the vision year when one of the target's milestones lies there.
std::vector<int> expected_years(const Plan& plan, const Target& target);

// One target's trajectory over `years` and its allocations.
TargetDecomposition decompose_target(const Target& target, const std::vector<int>& years);

// The unit and every unit below it (through `within` edges), for `--with-subunits`.
std::set<std::string> unit_and_subunits(const PlanGraph& graph, const std::string& unit);

// The three tables (those asked for), narrowed as the options say.
Decomposition decompose(const PlanGraph& graph, const DecomposeOptions& options = {});

}  // namespace plankit
