#include "risk_picture.h"

#include <algorithm>
#include <set>

#include "text_table.h"

namespace plankit {
namespace {

// Labels in a box are cut to this many columns, so boxes stay readable.
constexpr std::size_t kNodeLabelWidth = 28;

std::string task_node(std::size_t index) { return "task" + std::to_string(index); }
std::string target_node(std::size_t index) { return "target" + std::to_string(index); }

}  // namespace

RiskPicture risk_picture_of(const Plan& plan, const YearScore& score) {
    RiskPicture out;
    std::set<std::size_t> causes, endangered, targets;  // task indices, target indices
    for (const auto& row : score.tasks) {
        for (std::size_t cause : row.blocked_by_tasks) {
            causes.insert(cause);
            endangered.insert(row.index);
            out.edges.emplace_back(task_node(cause), task_node(row.index));
        }
    }
    for (const auto& row : score.tasks) {
        if (!row.slipping && !row.at_risk) continue;
        for (std::size_t ti : row.advances) {
            (row.slipping ? causes : endangered).insert(row.index);
            targets.insert(ti);
            out.edges.emplace_back(task_node(row.index), target_node(ti));
        }
    }
    if (out.edges.empty()) return out;
    // Nodes in task order (the rows' order; causes and endangered tasks are all due, so all
    // have rows), then targets by id, so the drawing is the same every run.
    for (const auto& row : score.tasks) {
        const std::size_t i = row.index;
        const bool cause = causes.count(i) > 0;
        if (!cause && endangered.count(i) == 0) continue;
        out.nodes.push_back({task_node(i), truncate_to_width(plan.tasks[i].id + " " + plan.tasks[i].title, kNodeLabelWidth),
                             cause ? RiskRole::slipping : RiskRole::at_risk});
    }
    std::vector<std::size_t> target_order(targets.begin(), targets.end());
    std::sort(target_order.begin(), target_order.end(),
              [&](std::size_t a, std::size_t b) { return plan.targets[a].id < plan.targets[b].id; });
    for (std::size_t ti : target_order)
        out.nodes.push_back({target_node(ti), truncate_to_width(plan.targets[ti].name, kNodeLabelWidth), RiskRole::target});
    return out;
}

}  // namespace plankit
