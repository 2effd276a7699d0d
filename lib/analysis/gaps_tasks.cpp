// The gap rules about single tasks: lead, goal, schedule and milestones.
#include <algorithm>

#include "gaps_rules.h"

#include "plan_graph.h"

namespace plankit {
namespace {

std::string task_subject(const Task& t) { return "task:" + t.id; }

void check_lead_and_goal(GapContext& ctx, const Task& t) {
    if (t.eff.lead.empty()) {
        ctx.add("task-without-lead", Severity::error, task_subject(t),
                {FindingArg::of_text("task", t.id)}, t.loc);
    }
    if (t.eff.goals.empty() && t.eff.targets.empty()) {
        ctx.add("task-without-goal", Severity::warning, task_subject(t),
                {FindingArg::of_text("task", t.id)}, t.loc);
    }
}

// readings.md item 39: only the task's own depends_on, one finding per edge.
void check_schedule(GapContext& ctx, const Task& t) {
    for (const auto& dep_id : t.depends_on) {
        auto d = ctx.graph.task_index(dep_id);
        if (!d) continue;
        const Task& dep = ctx.plan().tasks[*d];
        if (t.eff.start >= dep.eff.start) continue;
        ctx.add("schedule-conflict", Severity::warning, task_subject(t),
                {FindingArg::of_text("task", t.id), FindingArg::of_whole("start", t.eff.start),
                 FindingArg::of_text("dependency", dep.id), FindingArg::of_whole("dependency_start", dep.eff.start)},
                t.loc);
    }
}

// A leaf task is due every year of its effective span (readings.md item 41).
void check_missing_milestones(GapContext& ctx, const Task& t) {
    // A sorted list rather than a set: one allocation per task instead of one per milestone.
    std::vector<int> have;
    have.reserve(t.milestones.size());
    for (const auto& m : t.milestones) have.push_back(m.year);
    std::sort(have.begin(), have.end());
    std::vector<int> missing;
    for (int y = t.eff.start; y <= t.eff.end; ++y) {
        if (!std::binary_search(have.begin(), have.end(), y)) missing.push_back(y);
    }
    if (missing.empty()) return;
    ctx.add("milestone-missing", Severity::warning, task_subject(t),
            {FindingArg::of_text("task", t.id), FindingArg::of_years("years", std::move(missing))}, t.loc);
}

// readings.md item 40: one finding per milestone, located at the milestone.
void check_milestone_span(GapContext& ctx, const Task& t) {
    for (const auto& m : t.milestones) {
        if (m.year >= t.eff.start && m.year <= t.eff.end) continue;
        ctx.add("milestone-out-of-span", Severity::warning, task_subject(t),
                {FindingArg::of_text("task", t.id), FindingArg::of_whole("year", m.year),
                 FindingArg::of_whole("start", t.eff.start), FindingArg::of_whole("end", t.eff.end)},
                m.loc);
    }
}

}  // namespace

void find_task_gaps(GapContext& ctx) {
    for (std::size_t i : ctx.graph.tasks_in_order()) {
        const Task& t = ctx.plan().tasks[i];
        check_lead_and_goal(ctx, t);
        check_schedule(ctx, t);
        if (!ctx.graph.composite(i)) check_missing_milestones(ctx, t);
        check_milestone_span(ctx, t);
    }
}

}  // namespace plankit
