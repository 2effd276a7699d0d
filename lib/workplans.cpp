// The annual work plans (年度工作计划): for every unit and year, the due tasks it leads or
// supports with that year's milestone texts (readings.md item 65).
#include <map>
#include <utility>

#include "decomposition.h"

namespace plankit {
namespace {

std::vector<std::string> milestone_texts(const Task& task, int year) {
    std::vector<std::string> texts;
    for (const auto& m : task.milestones) {
        if (m.year == year) texts.push_back(m.text);
    }
    return texts;
}

using WorkplanKey = std::pair<std::string, int>;  // (unit id, year): the order of the list

// Adds the task to the plan of `unit` for every year it is due.
void add_task(std::map<WorkplanKey, Workplan>& plans, const std::string& unit, TaskRole role,
              const Task& task, const std::vector<std::string>& lead,
              const std::vector<std::string>& support) {
    for (int year = task.eff.start; year <= task.eff.end; ++year) {
        Workplan& wp = plans[{unit, year}];
        wp.unit = unit;
        wp.year = year;
        wp.tasks.push_back(WorkplanTask{task.id, task.title, role, milestone_texts(task, year), lead, support});
    }
}

}  // namespace

std::vector<Workplan> annual_workplans(const PlanGraph& graph) {
    const Plan& plan = graph.plan();
    std::map<WorkplanKey, Workplan> plans;
    // Walking the tasks in task order keeps every plan's tasks in task order.
    for (std::size_t i : graph.tasks_in_order()) {
        const Task& t = plan.tasks[i];
        const auto lead = task_leads(graph, i);
        const auto support = task_supports(graph, i);
        for (const auto& unit : lead) add_task(plans, unit, TaskRole::lead, t, lead, support);
        for (const auto& unit : support) add_task(plans, unit, TaskRole::support, t, lead, support);
    }
    std::vector<Workplan> out;
    for (auto& [key, wp] : plans) out.push_back(std::move(wp));
    return out;
}

}  // namespace plankit
