#include "aggregates.h"

#include <algorithm>

#include "figures.h"
#include "plan_graph.h"

namespace plankit {
namespace {

// The terms of the scored targets among `targets` (indices), by id.
std::vector<WeightedTerm> target_terms(const PlanGraph& graph, const ScoredItems& items,
                                       std::vector<std::size_t> targets) {
    const auto& all = graph.plan().targets;
    std::sort(targets.begin(), targets.end(), [&](std::size_t a, std::size_t b) { return all[a].id < all[b].id; });
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    std::vector<WeightedTerm> terms;
    for (std::size_t i : targets) {
        const auto& s = items.targets[i];
        if (!s || !s->score) continue;
        terms.push_back({"target:" + all[i].id, all[i].weight, *s->score, {}});
    }
    return terms;
}

// The terms of the scored tasks marked in `wanted` (by task index), in task order.
std::vector<WeightedTerm> task_terms(const PlanGraph& graph, const ScoredItems& items,
                                     const std::vector<bool>& wanted) {
    const auto& all = graph.plan().tasks;
    std::vector<WeightedTerm> terms;
    for (std::size_t i : graph.tasks_in_order()) {
        if (!wanted[i] || !items.tasks[i].score) continue;
        terms.push_back({"task:" + all[i].id, all[i].weight, *items.tasks[i].score, {}});
    }
    return terms;
}

std::size_t index_of(const PlanGraph& graph, Vertex v) { return graph.node(v).index; }

}  // namespace

std::optional<double> combine_components(std::optional<double> targets, std::optional<double> tasks,
                                         const Scoring& scoring) {
    if (!targets) return tasks;
    if (!tasks) return targets;
    const double wt = scoring.weight_targets, wk = scoring.weight_tasks;
    return (wt * *targets + wk * *tasks) / (wt + wk);
}

std::optional<std::string> rating_of(std::optional<double> score, const Scoring& scoring) {
    if (!score) return std::nullopt;
    for (const auto& band : scoring.ratings) {
        if (figures::at_least(*score, band.min)) return band.label;
    }
    return std::nullopt;
}

AggregateScore make_aggregate(std::vector<WeightedTerm> target_terms,
                              std::vector<WeightedTerm> task_terms, const Scoring& scoring) {
    AggregateScore a;
    a.target_terms = std::move(target_terms);
    a.task_terms = std::move(task_terms);
    a.targets = weighted_mean(a.target_terms);
    a.tasks = weighted_mean(a.task_terms);
    a.score = combine_components(a.targets, a.tasks, scoring);
    a.rating = rating_of(a.score, scoring);
    return a;
}

AggregateScore plan_aggregate(const PlanGraph& graph, const ScoredItems& items) {
    const Plan& plan = graph.plan();
    std::vector<std::size_t> targets(plan.targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) targets[i] = i;
    std::vector<bool> wanted(plan.tasks.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) wanted[i] = graph.top_level(i);
    return make_aggregate(target_terms(graph, items, targets), task_terms(graph, items, wanted), plan.scoring);
}

AggregateScore chapter_aggregate(const PlanGraph& graph, const ScoredItems& items, std::size_t chapter) {
    const Plan& plan = graph.plan();
    const std::string& id = plan.chapters[chapter].id;
    std::vector<bool> wanted(plan.tasks.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        wanted[i] = graph.top_level(i) && plan.tasks[i].chapter == id;
    }
    return make_aggregate({}, task_terms(graph, items, wanted), plan.scoring);
}

AggregateScore goal_aggregate(const PlanGraph& graph, const ScoredItems& items, std::size_t goal) {
    const Plan& plan = graph.plan();
    const Vertex g = graph.vertex_of(NodeKind::goal, goal);
    std::vector<std::size_t> targets;
    std::vector<bool> wanted(plan.tasks.size());
    auto want_top_level = [&](Vertex task) {
        std::size_t i = index_of(graph, task);
        if (graph.top_level(i)) wanted[i] = true;
    };
    graph.each_in(g, EdgeType::serves, want_top_level);
    graph.each_in(g, EdgeType::measures, [&](Vertex t) {
        targets.push_back(index_of(graph, t));
        graph.each_in(t, EdgeType::advances, want_top_level);
    });
    return make_aggregate(target_terms(graph, items, targets), task_terms(graph, items, wanted), plan.scoring);
}

AggregateScore unit_aggregate(const PlanGraph& graph, const ScoredItems& items, std::size_t unit) {
    const Plan& plan = graph.plan();
    const Vertex u = graph.vertex_of(NodeKind::unit, unit);
    std::vector<std::size_t> targets;
    graph.each_out(u, EdgeType::owns, [&](Vertex t) { targets.push_back(index_of(graph, t)); });

    // Only the unit's own tasks, put in task order: a pass over every task for every unit
    // would grow as units times tasks.
    std::vector<std::size_t> mine, led;
    graph.each_out(u, EdgeType::supports, [&](Vertex task) { mine.push_back(index_of(graph, task)); });
    graph.each_out(u, EdgeType::leads, [&](Vertex task) { led.push_back(index_of(graph, task)); });
    mine.insert(mine.end(), led.begin(), led.end());
    std::sort(mine.begin(), mine.end(),
              [&](std::size_t a, std::size_t b) { return graph.task_rank(a) < graph.task_rank(b); });
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    std::sort(led.begin(), led.end());

    std::vector<WeightedTerm> tasks;
    for (std::size_t i : mine) {
        if (!items.tasks[i].score) continue;
        const Task& t = plan.tasks[i];
        if (std::binary_search(led.begin(), led.end(), i)) {  // lead wins over support
            tasks.push_back({"task:" + t.id, t.weight * 1, *items.tasks[i].score, "lead"});
        } else {
            tasks.push_back({"task:" + t.id, t.weight * plan.scoring.support_factor, *items.tasks[i].score,
                             "support"});
        }
    }
    return make_aggregate(target_terms(graph, items, targets), std::move(tasks), plan.scoring);
}

}  // namespace plankit
