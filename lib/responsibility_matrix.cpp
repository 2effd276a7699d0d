// The responsibility matrix (分工表): every task, in task order, with who leads and who
// supports it, read off the `leads` and `supports` edges of the plan graph.
#include <algorithm>

#include "decomposition.h"

namespace plankit {
namespace {

std::vector<std::string> ids_of(const PlanGraph& graph, const std::vector<Vertex>& vertices) {
    std::vector<std::string> ids;
    for (Vertex v : vertices) ids.push_back(graph.id_of(v));
    return ids;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

}  // namespace

const char* to_string(TaskRole role) { return role == TaskRole::lead ? "lead" : "support"; }

std::vector<std::string> task_leads(const PlanGraph& graph, std::size_t task) {
    return ids_of(graph, graph.in(graph.vertex_of(NodeKind::task, task), EdgeType::leads));
}

std::vector<std::string> task_supports(const PlanGraph& graph, std::size_t task) {
    const auto leads = task_leads(graph, task);
    std::vector<std::string> support;
    for (const auto& id : ids_of(graph, graph.in(graph.vertex_of(NodeKind::task, task), EdgeType::supports))) {
        if (!contains(leads, id)) support.push_back(id);  // a unit that also leads counts as lead
    }
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
        row.support = task_supports(graph, i);
        row.start = t.eff.start;
        row.end = t.eff.end;
        row.weight = t.weight;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace plankit
