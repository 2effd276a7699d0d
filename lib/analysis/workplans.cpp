// The annual work plans (年度工作计划): for every unit and year, the due tasks it leads or
// supports with that year's milestone texts (readings.md item 65).
#include <algorithm>
#include <map>
#include <numeric>

#include "decomposition.h"

#include "plan_graph.h"

namespace plankit {
namespace {

std::vector<std::string> milestone_texts(const Task& task, int year) {
    std::vector<std::string> texts;
    for (const auto& m : task.milestones) {
        if (m.year == year) texts.push_back(m.text);
    }
    return texts;
}

// The work plans of one unit by year. Plans are grouped by the unit's index, not its id:
// finding a plan by (id, year) in one map of every plan compared ids at each step.
using UnitPlans = std::map<int, Workplan>;

// The plan of `unit` for `year`, started when it has none yet.
Workplan& plan_of(UnitPlans& plans, const std::string& unit, std::size_t unit_index, int year) {
    Workplan& wp = plans[year];
    if (wp.unit.empty()) {
        wp.unit = unit;
        wp.unit_index = unit_index;
        wp.year = year;
    }
    return wp;
}

// Adds the task to the plans of `unit` for every year it is due.
void add_task(UnitPlans& plans, const std::string& unit, std::size_t unit_index, TaskRole role, const Task& task,
              const std::vector<std::string>& lead, const std::vector<std::string>& support) {
    for (int year = task.eff.start; year <= task.eff.end; ++year) {
        Workplan& wp = plan_of(plans, unit, unit_index, year);
        wp.tasks.push_back(WorkplanTask{task.id, task.title, role, milestone_texts(task, year), lead, support});
    }
}

// Unit indices by id, the order of the list.
std::vector<std::size_t> units_by_id(const Plan& plan) {
    std::vector<std::size_t> order(plan.units.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return plan.units[a].id < plan.units[b].id; });
    return order;
}

}  // namespace

std::vector<Workplan> annual_workplans(const PlanGraph& graph) {
    const Plan& plan = graph.plan();
    std::vector<UnitPlans> plans(plan.units.size());  // by unit index
    // Walking the tasks in task order keeps every plan's tasks in task order.
    for (std::size_t i : graph.tasks_in_order()) {
        const Task& t = plan.tasks[i];
        const auto lead = task_leads(graph, i);
        const auto support = task_supports(graph, i, lead);
        // The ids come from the graph's edges, so each names a unit.
        for (const auto& unit : lead) {
            std::size_t u = *graph.unit_index(unit);
            add_task(plans[u], unit, u, TaskRole::lead, t, lead, support);
        }
        for (const auto& unit : support) {
            std::size_t u = *graph.unit_index(unit);
            add_task(plans[u], unit, u, TaskRole::support, t, lead, support);
        }
    }
    // Allocations are the plan's (readings.md item 16 resolves their years), not edges.
    for (const auto& t : plan.targets) {
        for (const auto& a : t.allocations) {
            auto u = graph.unit_index(a.unit);
            if (!u) continue;  // a loaded plan's allocations name its units
            plan_of(plans[*u], a.unit, *u, a.year).allocations.push_back({t.id, t.name, t.measure, a.value});
        }
    }
    std::vector<Workplan> out;
    for (std::size_t u : units_by_id(plan)) {
        for (auto& [year, wp] : plans[u]) out.push_back(std::move(wp));
    }
    return out;
}

}  // namespace plankit
