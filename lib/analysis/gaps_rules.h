// The groups of gap rules `find_gaps` runs; each adds its findings to a shared list.
#pragma once

#include <string>
#include <vector>

#include "gap_finding.h"
#include "plan_graph.h"

namespace plankit {

// What a rule needs: the graph, and where findings go.
struct GapContext {
    const PlanGraph& graph;
    std::vector<GapFinding>& findings;

    const Plan& plan() const { return graph.plan(); }
    // Records one finding; `find_gaps` sorts them all at the end.
    void add(const char* code, Severity severity, std::string subject, std::vector<FindingArg> args,
             const Location& loc) {
        findings.push_back({code, severity, std::move(subject), std::move(args), loc});
    }
};

// task-without-lead, task-without-goal, schedule-conflict, milestone-missing,
// milestone-out-of-span.
void find_task_gaps(GapContext& ctx);
// dependency-cycle.
void find_cycle_gaps(GapContext& ctx);
// target-without-task, target-without-baseline, target-without-owner, allocation-*.
void find_target_gaps(GapContext& ctx);
// goal-without-task, goal-without-target.
void find_goal_gaps(GapContext& ctx);
// unit-overload, unit-without-work.
void find_unit_gaps(GapContext& ctx);

}  // namespace plankit
