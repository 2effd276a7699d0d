#include "plan_graph.h"

#include <algorithm>
#include <numeric>

#include "task_order.h"

namespace plankit {

namespace {

// Numbers one vertex per item of a list, from `first` on, and indexes it by id. The first
// item wins when an id repeats, which only happens in plans the loader has already
// rejected.
template <class Item>
void add_vertices(Graph& g, NodeKind kind, const std::vector<Item>& items, Vertex first,
                  std::vector<Vertex>& vertices, IdIndex& index) {
    vertices.resize(items.size());
    index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        vertices[i] = first + i;
        g[first + i] = PlanVertex{kind, i};
        index.insert(items[i].id, i);
    }
}

}  // namespace

// All vertices are made at once: goals, targets, tasks, units, numbered in that order.
PlanGraph::PlanGraph(const Plan& plan)
    : plan_(&plan), graph_(plan.goals.size() + plan.targets.size() + plan.tasks.size() + plan.units.size()) {
    const Vertex first_target = plan.goals.size();
    const Vertex first_task = first_target + plan.targets.size();
    const Vertex first_unit = first_task + plan.tasks.size();
    add_vertices(graph_, NodeKind::goal, plan.goals, 0, goal_v_, goal_ix_);
    add_vertices(graph_, NodeKind::target, plan.targets, first_target, target_v_, target_ix_);
    add_vertices(graph_, NodeKind::task, plan.tasks, first_task, task_v_, task_ix_);
    add_vertices(graph_, NodeKind::unit, plan.units, first_unit, unit_v_, unit_ix_);
    chapter_ix_.reserve(plan.chapters.size());
    for (std::size_t i = 0; i < plan.chapters.size(); ++i) chapter_ix_.insert(plan.chapters[i].id, i);

    // Unknown references are the loader's business; here they simply make no edge.
    auto link = [this](Vertex from, NodeKind kind, std::string_view id, EdgeType type) {
        if (auto to = find(kind, id)) boost::add_edge(from, *to, PlanEdge{type}, graph_);
    };
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        const Target& t = plan.targets[i];
        if (t.goal) link(target_v_[i], NodeKind::goal, *t.goal, EdgeType::measures);
        if (t.owner) {
            if (auto u = find(NodeKind::unit, *t.owner)) {
                boost::add_edge(*u, target_v_[i], PlanEdge{EdgeType::owns}, graph_);
            }
        }
    }

    task_order_.resize(plan.tasks.size());
    std::iota(task_order_.begin(), task_order_.end(), std::size_t{0});
    auto by_id = [&](std::size_t a, std::size_t b) { return compare_task_ids(plan.tasks[a].id, plan.tasks[b].id) < 0; };
    // Plans are mostly written in task order: one pass confirms it, where the sort would
    // compare n log n times to leave everything in place.
    if (!std::is_sorted(task_order_.begin(), task_order_.end(), by_id))
        std::stable_sort(task_order_.begin(), task_order_.end(), by_id);

    task_rank_.resize(plan.tasks.size());
    for (std::size_t k = 0; k < task_order_.size(); ++k) task_rank_[task_order_[k]] = k;

    // In task order, so that a task's `part-of` in-edges list its subtasks in that order.
    for (std::size_t i : task_order_) {
        const Task& t = plan.tasks[i];
        Vertex v = task_v_[i];
        for (const auto& id : t.eff.targets) link(v, NodeKind::target, id, EdgeType::advances);
        for (const auto& id : t.eff.goals) link(v, NodeKind::goal, id, EdgeType::serves);
        for (const auto& id : t.depends_on) link(v, NodeKind::task, id, EdgeType::depends);
        if (t.parent) {
            if (auto p = task_index(*t.parent))
                boost::add_edge(v, task_v_[*p], PlanEdge{EdgeType::part_of}, graph_);
        }
        for (const auto& id : t.eff.lead) {
            if (auto u = find(NodeKind::unit, id)) boost::add_edge(*u, v, PlanEdge{EdgeType::leads}, graph_);
        }
        for (const auto& id : t.eff.support) {
            if (auto u = find(NodeKind::unit, id)) boost::add_edge(*u, v, PlanEdge{EdgeType::supports}, graph_);
        }
    }

    for (std::size_t i = 0; i < plan.units.size(); ++i) {
        const Unit& u = plan.units[i];
        if (u.parent) link(unit_v_[i], NodeKind::unit, *u.parent, EdgeType::within);
    }
}

std::vector<std::size_t> PlanGraph::children(std::size_t task) const {
    std::vector<std::size_t> kids;
    each_in(task_v_[task], EdgeType::part_of, [&](Vertex child) { kids.push_back(graph_[child].index); });
    return kids;
}

std::optional<Vertex> PlanGraph::find(NodeKind kind, std::string_view id) const {
    std::optional<std::size_t> ix;
    switch (kind) {
        case NodeKind::goal: ix = goal_index(id); break;
        case NodeKind::target: ix = target_index(id); break;
        case NodeKind::task: ix = task_index(id); break;
        case NodeKind::unit: ix = unit_index(id); break;
    }
    if (!ix) return std::nullopt;
    return vertex_of(kind, *ix);
}

Vertex PlanGraph::vertex_of(NodeKind kind, std::size_t index) const {
    switch (kind) {
        case NodeKind::goal: return goal_v_[index];
        case NodeKind::target: return target_v_[index];
        case NodeKind::task: return task_v_[index];
        case NodeKind::unit: return unit_v_[index];
    }
    return task_v_[index];
}

const std::string& PlanGraph::id_of(Vertex v) const {
    const PlanVertex& n = graph_[v];
    switch (n.kind) {
        case NodeKind::goal: return plan_->goals[n.index].id;
        case NodeKind::target: return plan_->targets[n.index].id;
        case NodeKind::task: return plan_->tasks[n.index].id;
        case NodeKind::unit: return plan_->units[n.index].id;
    }
    return plan_->tasks[n.index].id;
}

std::vector<Vertex> PlanGraph::out(Vertex v, EdgeType type) const {
    std::vector<Vertex> result;
    for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it) {
        if (graph_[*it].type == type) result.push_back(boost::target(*it, graph_));
    }
    return result;
}

std::vector<Vertex> PlanGraph::in(Vertex v, EdgeType type) const {
    std::vector<Vertex> result;
    for (auto [it, end] = boost::in_edges(v, graph_); it != end; ++it) {
        if (graph_[*it].type == type) result.push_back(boost::source(*it, graph_));
    }
    return result;
}

bool PlanGraph::has_out(Vertex v, EdgeType type) const {
    for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it) {
        if (graph_[*it].type == type) return true;
    }
    return false;
}

bool PlanGraph::has_in(Vertex v, EdgeType type) const {
    for (auto [it, end] = boost::in_edges(v, graph_); it != end; ++it) {
        if (graph_[*it].type == type) return true;
    }
    return false;
}

std::optional<std::size_t> PlanGraph::task_index(std::string_view id) const { return task_ix_.find(id); }
std::optional<std::size_t> PlanGraph::target_index(std::string_view id) const { return target_ix_.find(id); }
std::optional<std::size_t> PlanGraph::goal_index(std::string_view id) const { return goal_ix_.find(id); }
std::optional<std::size_t> PlanGraph::unit_index(std::string_view id) const { return unit_ix_.find(id); }
std::optional<std::size_t> PlanGraph::chapter_index(std::string_view id) const { return chapter_ix_.find(id); }

}  // namespace plankit
