#include "graph_view.h"

#include <algorithm>
#include <map>

#include <boost/graph/breadth_first_search.hpp>

#include "plan_graph.h"

namespace plankit {

namespace {

// The title or name of a node, as shown beside its id.
const std::string& node_label(const PlanGraph& pg, Vertex v) {
    const PlanVertex& n = pg.node(v);
    const Plan& p = pg.plan();
    switch (n.kind) {
        case NodeKind::goal: return p.goals[n.index].title;
        case NodeKind::target: return p.targets[n.index].name;
        case NodeKind::task: return p.tasks[n.index].title;
        case NodeKind::unit: return p.units[n.index].name;
    }
    return p.tasks[n.index].title;
}


// Every node in drawing order: goals, targets, tasks in task order, units.
std::vector<Vertex> ordered_nodes(const PlanGraph& pg) {
    std::vector<Vertex> nodes;
    const Plan& p = pg.plan();
    for (std::size_t i = 0; i < p.goals.size(); ++i) nodes.push_back(pg.vertex_of(NodeKind::goal, i));
    for (std::size_t i = 0; i < p.targets.size(); ++i) nodes.push_back(pg.vertex_of(NodeKind::target, i));
    for (std::size_t i : pg.tasks_in_order()) nodes.push_back(pg.vertex_of(NodeKind::task, i));
    for (std::size_t i = 0; i < p.units.size(); ++i) nodes.push_back(pg.vertex_of(NodeKind::unit, i));
    return nodes;
}

// A task's effective chapter, when the plan knows it.
std::optional<std::size_t> chapter_of(const PlanGraph& pg, Vertex v) {
    const PlanVertex& n = pg.node(v);
    if (n.kind != NodeKind::task) return std::nullopt;
    const auto& chapter = pg.plan().tasks[n.index].eff.chapter;
    return chapter ? pg.chapter_index(*chapter) : std::nullopt;
}

// The kept nodes in drawing order and the edges among them, by source in drawing order.
GraphView induced(const PlanGraph& pg, const std::vector<bool>& keep) {
    GraphView view;
    view.plan = pg.plan().id;
    for (const auto& c : pg.plan().chapters) view.chapters.push_back({c.id, c.title});
    std::vector<Vertex> shown;
    std::vector<std::size_t> position(boost::num_vertices(pg.graph()));  // of each shown vertex
    for (Vertex v : ordered_nodes(pg)) {
        if (!keep[v]) continue;
        position[v] = shown.size();
        shown.push_back(v);
        view.nodes.push_back({pg.node(v).kind, pg.id_of(v), node_label(pg, v), chapter_of(pg, v)});
    }
    for (Vertex v : shown) {
        for (auto [it, end] = boost::out_edges(v, pg.graph()); it != end; ++it) {
            Vertex to = boost::target(*it, pg.graph());
            if (keep[to]) view.edges.push_back({position[v], position[to], pg.graph()[*it].type});
        }
    }
    return view;
}

using FlowGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// The plan's edges turned the way work flows, from what is needed to what needs it: a
// dependency before the task waiting for it, a task before its target, a unit before its
// task. `upstream` turns them back, so a search from a node finds what it rests on.
// `within` is followed only upstream (a unit rests on the units below it): going down
// through a parent unit would pull in everything the parent does.
FlowGraph flow_graph(const PlanGraph& pg, bool upstream) {
    const Graph& g = pg.graph();
    FlowGraph flow(boost::num_vertices(g));
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        Vertex from = boost::source(*it, g), to = boost::target(*it, g);
        EdgeType type = g[*it].type;
        if (type == EdgeType::depends) std::swap(from, to);  // T depends on D: D feeds T
        if (type == EdgeType::within && !upstream) continue;
        if (upstream) std::swap(from, to);
        boost::add_edge(from, to, flow);
    }
    return flow;
}

// Marks every vertex a breadth-first search reaches.
struct ReachRecorder : boost::default_bfs_visitor {
    std::vector<bool>* reached;
    explicit ReachRecorder(std::vector<bool>& r) : reached(&r) {}
    void discover_vertex(FlowGraph::vertex_descriptor v, const FlowGraph&) const { (*reached)[v] = true; }
};

}  // namespace

std::string GraphNode::key() const { return std::string(to_string(kind)) + ":" + id; }

GraphView whole_graph(const PlanGraph& pg) {
    return induced(pg, std::vector<bool>(boost::num_vertices(pg.graph()), true));
}

GraphView focus_graph(const PlanGraph& pg, std::size_t focus, bool downstream) {
    FlowGraph flow = flow_graph(pg, !downstream);
    std::vector<bool> reached(boost::num_vertices(flow), false);
    boost::breadth_first_search(flow, focus, boost::visitor(ReachRecorder(reached)));
    return induced(pg, reached);
}

}  // namespace plankit
