// dependency-cycle (readings.md item 45): strongly connected components of the tasks'
// own `depends_on` edges, plus self-dependencies.
#include <algorithm>
#include <deque>
#include <map>

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include "gaps_rules.h"
#include "plan_graph.h"
#include "task_order.h"

namespace plankit {
namespace {

// Keeps only the `depends` edges of the plan graph.
struct DependsOnly {
    const Graph* g = nullptr;
    bool operator()(Graph::edge_descriptor e) const { return (*g)[e].type == EdgeType::depends; }
};

// The shortest loop from `start` back to itself inside one component, by breadth-first
// search over `depends` edges; successors are visited in task order so ties are stable.
std::vector<Vertex> shortest_loop(const PlanGraph& pg, Vertex start, const std::vector<int>& comp) {
    std::map<Vertex, Vertex> came_from;
    std::deque<Vertex> queue{start};
    auto by_task_order = [&](Vertex a, Vertex b) { return compare_task_ids(pg.id_of(a), pg.id_of(b)) < 0; };
    while (!queue.empty()) {
        Vertex v = queue.front();
        queue.pop_front();
        auto next = pg.out(v, EdgeType::depends);
        std::sort(next.begin(), next.end(), by_task_order);
        for (Vertex w : next) {
            if (comp[w] != comp[start]) continue;
            if (w == start) {
                std::vector<Vertex> loop{start};
                for (Vertex x = v; x != start; x = came_from[x]) loop.insert(loop.begin() + 1, x);
                loop.push_back(start);
                return loop;
            }
            if (came_from.emplace(w, v).second) queue.push_back(w);
        }
    }
    return {start};
}

bool depends_on_itself(const PlanGraph& pg, Vertex v) {
    bool self = false;
    pg.each_out(v, EdgeType::depends, [&](Vertex w) { self = self || w == v; });
    return self;
}

std::vector<std::string> ids_of(const PlanGraph& pg, const std::vector<Vertex>& vs) {
    std::vector<std::string> ids;
    for (Vertex v : vs) ids.push_back(pg.id_of(v));
    return ids;
}

}  // namespace

void find_cycle_gaps(GapContext& ctx) {
    const PlanGraph& pg = ctx.graph;
    const Graph& g = pg.graph();
    boost::filtered_graph<Graph, DependsOnly> deps(g, DependsOnly{&g});
    std::vector<int> comp(boost::num_vertices(g));
    const auto count = static_cast<std::size_t>(boost::strong_components(
        deps, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, g))));

    // Only the members of loops are listed: nearly every task is a component of its own,
    // and a list for each would cost more than the search.
    std::vector<std::size_t> size(count);
    for (std::size_t i : pg.tasks_in_order()) ++size[comp[pg.vertex_of(NodeKind::task, i)]];
    std::vector<std::vector<Vertex>> members(count);
    for (std::size_t i : pg.tasks_in_order()) {
        Vertex v = pg.vertex_of(NodeKind::task, i);
        if (size[comp[v]] > 1 || depends_on_itself(pg, v)) members[comp[v]].push_back(v);  // in task order
    }
    for (const auto& vs : members) {
        if (vs.empty()) continue;  // no loop
        Vertex first = vs.front();  // the smallest id
        auto loop = shortest_loop(pg, first, comp);
        const Task& t = ctx.plan().tasks[pg.node(first).index];
        ctx.add("dependency-cycle", Severity::error, "task:" + t.id,
                {FindingArg::of_path("loop", ids_of(pg, loop)),
                 FindingArg::of_whole("count", static_cast<long long>(vs.size())),
                 FindingArg::of_ids("tasks", ids_of(pg, vs))},
                t.loc);
    }
}

}  // namespace plankit
