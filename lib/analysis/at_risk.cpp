#include "at_risk.h"

#include "plan_graph.h"

#include <algorithm>
#include <optional>

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>

namespace plankit {
namespace {

// Keeps the edges a dependency is followed along: a task's own `depends` and `part-of`
// (to its parent, whose dependencies the task inherits).
struct DependencyEdges {
    const Graph* graph = nullptr;
    bool operator()(Graph::edge_descriptor e) const {
        EdgeType t = (*graph)[e].type;
        return t == EdgeType::depends || t == EdgeType::part_of;
    }
};

using DependencyGraph = boost::filtered_graph<Graph, DependencyEdges>;

using RankSet = std::vector<std::size_t>;  // positions in task order, sorted, unique

void normalise(RankSet& s) {
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
}

// For each vertex, the slipping tasks it reaches along one or more dependency edges
// (by rank), computed per strongly connected component. Tarjan's algorithm numbers a
// component only after every component it reaches, so increasing numbers visit
// successors first.
std::vector<RankSet> reachable_slipping(const PlanGraph& graph, const std::vector<bool>& slipping) {
    const Graph& g = graph.graph();
    DependencyGraph dg(g, DependencyEdges{&g});
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::size_t> comp(n);
    const std::size_t count = boost::strong_components(
        dg, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, g)));

    std::vector<std::vector<Vertex>> members(count);
    for (Vertex v = 0; v < n; ++v) members[comp[v]].push_back(v);

    auto slipping_rank = [&](Vertex v) -> std::optional<std::size_t> {
        const PlanVertex& node = graph.node(v);
        if (node.kind != NodeKind::task || !slipping[node.index]) return std::nullopt;
        return graph.task_rank(node.index);
    };

    std::vector<RankSet> reach(count);  // what the component reaches, its own cycle included
    std::vector<RankSet> closed(count);  // reach plus the component's own slipping members
    for (std::size_t c = 0; c < count; ++c) {
        RankSet r;
        bool cyclic = members[c].size() > 1;
        for (Vertex v : members[c]) {
            for (auto [it, end] = boost::out_edges(v, dg); it != end; ++it) {
                Vertex w = boost::target(*it, dg);
                if (comp[w] == c) {
                    cyclic = true;  // a self-dependency, or an edge inside the cycle
                    continue;
                }
                r.insert(r.end(), closed[comp[w]].begin(), closed[comp[w]].end());
            }
        }
        RankSet own;
        for (Vertex v : members[c]) {
            if (auto k = slipping_rank(v)) own.push_back(*k);
        }
        if (cyclic) r.insert(r.end(), own.begin(), own.end());
        normalise(r);
        RankSet all = r;
        all.insert(all.end(), own.begin(), own.end());
        normalise(all);
        reach[c] = std::move(r);
        closed[c] = std::move(all);
    }

    std::vector<RankSet> by_vertex(n);
    for (Vertex v = 0; v < n; ++v) by_vertex[v] = reach[comp[v]];
    return by_vertex;
}

bool finished(const TaskScore& s) {
    return s.status == Status::done || s.status == Status::cancelled;
}

}  // namespace

bool is_slipping(const PlanGraph& graph, std::size_t task, const TaskScore& score) {
    if (!score.due || graph.composite(task)) return false;
    if (!score.status) return true;
    Status s = *score.status;
    return s == Status::delayed || s == Status::not_started || s == Status::blocked;
}

RiskReport find_risks(const PlanGraph& graph, const std::vector<TaskScore>& scores) {
    const Plan& plan = graph.plan();
    const std::size_t n = plan.tasks.size();
    const auto& order = graph.tasks_in_order();

    RiskReport r;
    r.slipping.assign(n, false);
    r.at_risk.assign(n, false);
    r.blocked_by.assign(n, {});
    for (std::size_t i = 0; i < n; ++i) r.slipping[i] = is_slipping(graph, i, scores[i]);

    auto reach = reachable_slipping(graph, r.slipping);
    for (std::size_t i = 0; i < n; ++i) {
        if (!scores[i].due || finished(scores[i])) continue;
        for (std::size_t k : reach[graph.vertex_of(NodeKind::task, i)]) {
            if (order[k] != i) r.blocked_by[i].push_back(order[k]);  // never its own blocker
        }
        r.at_risk[i] = !r.blocked_by[i].empty();
    }

    r.target_at_risk.assign(plan.targets.size(), false);
    for (std::size_t t = 0; t < plan.targets.size(); ++t) {
        graph.each_in(graph.vertex_of(NodeKind::target, t), EdgeType::advances, [&](Vertex task) {
            std::size_t i = graph.node(task).index;
            if (r.slipping[i] || r.at_risk[i]) r.target_at_risk[t] = true;
        });
    }
    return r;
}

}  // namespace plankit
