#include "forms.h"

#include <algorithm>

#include "plan_graph.h"
#include "target_score.h"
#include "task_score.h"
#include "trajectory.h"

namespace plankit {
namespace {

FormRow target_row(const Target& t, FormRowKind kind, int year) {
    FormRow row;
    row.kind = kind;
    row.id = t.id;
    row.title = t.name;
    row.measure = t.measure;
    if (t.baseline) row.baseline = t.baseline->value;
    row.expected = expected_value(t, year);
    return row;
}

// The unit's allocation of the target that applies to `year`: the first whose year is
// not before it, else the last (allocations are by milestone year).
std::optional<double> allocation_for(const Target& t, const std::string& unit, int year) {
    std::optional<double> found;
    int found_year = 0;
    for (const auto& a : t.allocations) {
        if (a.unit != unit) continue;
        bool better = !found || (found_year < year ? a.year > found_year : a.year >= year && a.year < found_year);
        if (better) {
            found = a.value;
            found_year = a.year;
        }
    }
    return found;
}

FormRow task_row(const Task& t, int year) {
    FormRow row;
    row.kind = FormRowKind::task;
    row.id = t.id;
    row.title = t.title;
    for (const auto& m : t.milestones) {
        if (m.year != year) continue;
        row.milestone = row.milestone ? *row.milestone + "; " + m.text : m.text;
    }
    return row;
}

}  // namespace

// A unit's rows, gathered kind by kind before they are put in order.
struct UnitRows {
    std::vector<FormRow> targets, contributions, tasks;
};

Forms make_forms(const PlanGraph& graph, int year, const std::set<std::string>& units) {
    const Plan& plan = graph.plan();
    std::vector<UnitRows> rows(plan.units.size());
    // Each pass visits every item once: 3,000 units and 100,000 tasks cost one walk.
    for (std::size_t t = 0; t < plan.targets.size(); ++t) {
        const Target& target = plan.targets[t];
        if (!in_scoring_window(target, year)) continue;
        graph.each_in(graph.vertex_of(NodeKind::target, t), EdgeType::owns, [&](Vertex u) {
            rows[graph.node(u).index].targets.push_back(target_row(target, FormRowKind::target, year));
        });
        // Only an additive target's actual is the sum of its units' parts.
        if (!target.additive) continue;
        std::set<std::string> allocated;
        for (const auto& a : target.allocations) allocated.insert(a.unit);
        for (const auto& unit : allocated) {
            auto u = graph.unit_index(unit);
            if (!u) continue;
            FormRow row = target_row(target, FormRowKind::contribution, year);
            row.expected = allocation_for(target, unit, year);
            rows[*u].contributions.push_back(std::move(row));
        }
    }
    // A task with several leads is asked of its first only, so no record comes back twice.
    for (std::size_t i : graph.tasks_in_order()) {
        const Task& task = plan.tasks[i];
        if (graph.composite(i) || !due_in(task, year) || task.eff.lead.empty()) continue;
        if (auto u = graph.unit_index(task.eff.lead.front())) rows[*u].tasks.push_back(task_row(task, year));
    }
    Forms forms{plan.id, plan.title, year, {}};
    for (std::size_t u = 0; u < plan.units.size(); ++u) {
        const Unit& unit = plan.units[u];
        if (!units.empty() && !units.count(unit.id)) continue;
        UnitRows& r = rows[u];
        UnitForm form{unit.id, unit.name, std::move(r.targets)};
        for (auto* more : {&r.contributions, &r.tasks})
            form.rows.insert(form.rows.end(), std::make_move_iterator(more->begin()), std::make_move_iterator(more->end()));
        if (!form.rows.empty()) forms.units.push_back(std::move(form));
    }
    return forms;
}

}  // namespace plankit
