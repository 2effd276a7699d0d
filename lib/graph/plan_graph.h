// The one graph every analysis walks (analysis.md, "The graph"): goals, targets, tasks and
// units as vertices of a Boost.Graph adjacency_list, with typed edges, an index from
// (kind, id) to vertex, and the task order computed once.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph_kinds.h"
#include "id_index.h"
#include "model.h"

namespace plankit {

struct PlanVertex {
    NodeKind kind = NodeKind::task;
    std::size_t index = 0;  // into plan.goals / targets / tasks / units by kind
};

struct PlanEdge {
    EdgeType type = EdgeType::depends;
};

// Edges kept in a vector rather than the default list: one allocation per edge would make
// building and freeing a graph of a large plan cost more than walking it.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    PlanVertex, PlanEdge, boost::no_property, boost::vecS>;
using Vertex = Graph::vertex_descriptor;

class PlanGraph {
public:
    // The plan must outlive the graph; its tasks' effective attributes must be resolved.
    explicit PlanGraph(const Plan& plan);

    const Plan& plan() const { return *plan_; }
    const Graph& graph() const { return graph_; }

    std::optional<Vertex> find(NodeKind kind, std::string_view id) const;
    Vertex vertex_of(NodeKind kind, std::size_t index) const;
    const PlanVertex& node(Vertex v) const { return graph_[v]; }
    const std::string& id_of(Vertex v) const;

    // Neighbours along edges of one type, in the order the edges were added.
    std::vector<Vertex> out(Vertex v, EdgeType type) const;
    std::vector<Vertex> in(Vertex v, EdgeType type) const;
    // The same neighbours handed to `f` one by one, without building a list.
    template <class F>
    void each_out(Vertex v, EdgeType type, F&& f) const {
        for (auto [it, end] = boost::out_edges(v, graph_); it != end; ++it) {
            if (graph_[*it].type == type) f(boost::target(*it, graph_));
        }
    }
    template <class F>
    void each_in(Vertex v, EdgeType type, F&& f) const {
        for (auto [it, end] = boost::in_edges(v, graph_); it != end; ++it) {
            if (graph_[*it].type == type) f(boost::source(*it, graph_));
        }
    }
    // Whether there is at least one such neighbour.
    bool has_out(Vertex v, EdgeType type) const;
    bool has_in(Vertex v, EdgeType type) const;

    // Task indices (into plan.tasks) in task order (task_order.h).
    const std::vector<std::size_t>& tasks_in_order() const { return task_order_; }
    // A task's position in that order: sorting task indices by it sorts them by id.
    std::size_t task_rank(std::size_t task) const { return task_rank_[task]; }
    // The subtasks of a task (its `part-of` in-edges), in task order.
    std::vector<std::size_t> children(std::size_t task) const;
    // Whether a task has subtasks.
    bool composite(std::size_t task) const { return has_in(task_v_[task], EdgeType::part_of); }
    // Whether a task has no parent task (none, or one the plan lacks).
    bool top_level(std::size_t task) const { return !has_out(task_v_[task], EdgeType::part_of); }
    std::optional<std::size_t> task_index(std::string_view id) const;
    std::optional<std::size_t> target_index(std::string_view id) const;
    std::optional<std::size_t> goal_index(std::string_view id) const;
    std::optional<std::size_t> unit_index(std::string_view id) const;
    std::optional<std::size_t> chapter_index(std::string_view id) const;

private:
    const Plan* plan_;
    Graph graph_;
    std::vector<Vertex> goal_v_, target_v_, task_v_, unit_v_;
    IdIndex goal_ix_, target_ix_, task_ix_, unit_ix_, chapter_ix_;
    std::vector<std::size_t> task_order_;
    std::vector<std::size_t> task_rank_;  // by task index: position in task_order_
};

}  // namespace plankit
