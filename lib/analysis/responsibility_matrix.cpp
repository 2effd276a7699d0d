// The responsibility matrix (分工表): every task, in task order, with who leads and who
// supports it, read off the `leads` and `supports` edges of the plan graph.
#include <algorithm>

#include "decomposition.h"

#include "plan_graph.h"

namespace plankit {
namespace {

// The ids of the units on the task's edges of one type, in edge order.
std::vector<std::string> unit_ids(const PlanGraph& graph, std::size_t task, EdgeType type) {
    std::vector<std::string> ids;
    graph.each_in(graph.vertex_of(NodeKind::task, task), type, [&](Vertex v) { ids.push_back(graph.id_of(v)); });
    return ids;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

}  // namespace

const char* to_string(TaskRole role) { return role == TaskRole::lead ? "lead" : "support"; }

std::vector<std::string> task_leads(const PlanGraph& graph, std::size_t task) {
    return unit_ids(graph, task, EdgeType::leads);
}

std::vector<std::string> task_supports(const PlanGraph& graph, std::size_t task) {
    return task_supports(graph, task, task_leads(graph, task));
}

std::vector<std::string> task_supports(const PlanGraph& graph, std::size_t task,
                                       const std::vector<std::string>& leads) {
    std::vector<std::string> support;
    graph.each_in(graph.vertex_of(NodeKind::task, task), EdgeType::supports, [&](Vertex v) {
        const std::string& id = graph.id_of(v);
        if (!contains(leads, id)) support.push_back(id);  // a unit that also leads counts as lead
    });
    return support;
}

std::vector<MatrixRow> responsibility_matrix(const PlanGraph& graph) {
    const Plan& plan = graph.plan();
    std::vector<MatrixRow> rows;
    for (std::size_t i : graph.tasks_in_order()) {
        const Task& t = plan.tasks[i];
        MatrixRow row;
        row.id = t.id;
        row.title = t.title;
        row.chapter = t.eff.chapter;
        row.parent = t.parent;
        row.composite = graph.composite(i);
        row.lead = task_leads(graph, i);
        row.support = task_supports(graph, i, row.lead);
        row.start = t.eff.start;
        row.end = t.eff.end;
        row.weight = t.weight;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace plankit
