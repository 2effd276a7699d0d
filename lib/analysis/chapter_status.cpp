#include "chapter_status.h"

#include "plan_graph.h"

namespace plankit {
namespace {

// The top-level ancestor of a task (the task itself when top-level), up its part-of edges.
std::size_t top_ancestor(const PlanGraph& graph, std::size_t task) {
    Vertex v = graph.vertex_of(NodeKind::task, task);
    for (auto up = graph.out(v, EdgeType::part_of); !up.empty(); up = graph.out(v, EdgeType::part_of)) v = up.front();
    return graph.node(v).index;
}

}  // namespace

std::vector<StatusCounts> chapter_status_counts(const PlanGraph& graph, const std::vector<TaskScore>& scores) {
    const Plan& plan = graph.plan();
    static constexpr Status kOrder[] = {Status::done,        Status::on_track, Status::delayed,
                                        Status::not_started, Status::blocked,  Status::cancelled};
    std::vector<std::vector<int>> by_status(plan.chapters.size(), std::vector<int>(kStatusCount, 0));
    std::vector<int> missing(plan.chapters.size(), 0);
    std::vector<StatusCounts> out(plan.chapters.size());
    for (std::size_t i : graph.tasks_in_order()) {
        if (!scores[i].due || graph.composite(i)) continue;
        auto chapter = graph.chapter_index(plan.tasks[top_ancestor(graph, i)].chapter.value_or(""));
        if (!chapter) continue;
        ++out[*chapter].total;
        if (scores[i].status) ++by_status[*chapter][static_cast<int>(*scores[i].status)];
        else ++missing[*chapter];
    }
    for (std::size_t c = 0; c < out.size(); ++c) {
        for (Status s : kOrder)
            out[c].counts.emplace_back(std::string("status.") + to_string(s), by_status[c][static_cast<int>(s)]);
        out[c].counts.emplace_back("status.none", missing[c]);
    }
    return out;
}

}  // namespace plankit
