// What slipped in a year and what it puts at risk (analysis.md, "Slipping and at risk";
// readings.md items 54–56), found over the graph's `depends` and `part-of` edges.
#pragma once

#include <cstddef>
#include <vector>

#include "plan_graph.h"
#include "task_score.h"

namespace plankit {

// Whether a due task slipped: a leaf whose record is delayed, not_started or blocked, or
// that has no record. A composite never slips by itself.
bool is_slipping(const PlanGraph& graph, std::size_t task, const TaskScore& score);

// Slipping and at-risk flags of every task and target in one year.
struct RiskReport {
    std::vector<bool> slipping;                          // by task index
    std::vector<bool> at_risk;                           // by task index
    std::vector<std::vector<std::size_t>> blocked_by;    // by task index; task indices in task order
    std::vector<bool> target_at_risk;                    // by target index
};

// A due task that is neither done nor cancelled is at risk when a slipping task is among
// its effective dependencies, followed transitively (its own depends_on and its
// ancestors', and the same for every task reached, due or not). Computed once for all
// tasks over the strongly connected components of the depends + part-of edges, so a
// long chain costs what its answer costs.
RiskReport find_risks(const PlanGraph& graph, const std::vector<TaskScore>& scores);

}  // namespace plankit
