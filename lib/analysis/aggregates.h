// The aggregate scores (analysis.md, "Weighted mean and aggregates"; readings.md items
// 59–63): plan, chapter, goal and unit, each the weighted mean of its scored targets and
// of its scored tasks, combined with the plan's component weights.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model.h"
#include "target_score.h"
#include "task_score.h"
#include "weighted_mean.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// One aggregate with the terms of both weighted means, so that it can be explained.
struct AggregateScore {
    std::vector<WeightedTerm> target_terms;  // targets by id
    std::vector<WeightedTerm> task_terms;    // tasks in task order
    std::optional<double> targets;           // wmean of target_terms
    std::optional<double> tasks;             // wmean of task_terms
    std::optional<double> score;
    std::optional<std::string> rating;
};

// (W_t · targets + W_k · tasks) / (W_t + W_k); one side absent gives the other; both
// absent give nullopt.
std::optional<double> combine_components(std::optional<double> targets, std::optional<double> tasks,
                                         const Scoring& scoring);

// The label of the first band whose min <= score; nullopt for no score or no such band.
std::optional<std::string> rating_of(std::optional<double> score, const Scoring& scoring);

// The scores every aggregate draws on, indexed like plan.targets and plan.tasks; a target
// counts only when it has a score (not grey, in its window), a task only when scored.
struct ScoredItems {
    std::vector<std::optional<TargetScore>> targets;
    std::vector<TaskScore> tasks;
};

// An aggregate from the targets and the tasks (with their weights) it covers.
AggregateScore make_aggregate(std::vector<WeightedTerm> target_terms,
                              std::vector<WeightedTerm> task_terms, const Scoring& scoring);

// Every scored target and the top-level tasks.
AggregateScore plan_aggregate(const PlanGraph& graph, const ScoredItems& items);
// The top-level tasks whose own chapter is the chapter (no targets).
AggregateScore chapter_aggregate(const PlanGraph& graph, const ScoredItems& items, std::size_t chapter);
// The targets measuring the goal; the top-level tasks serving it or advancing one of them.
AggregateScore goal_aggregate(const PlanGraph& graph, const ScoredItems& items, std::size_t goal);
// The targets the unit owns; every task it leads (weight · 1) or else supports
// (weight · support_factor).
AggregateScore unit_aggregate(const PlanGraph& graph, const ScoredItems& items, std::size_t unit);

}  // namespace plankit
