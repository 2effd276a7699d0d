// The gap rules about single tasks: lead, goal, schedule and milestones.
#include <algorithm>

#include <fmt/format.h>

#include "gaps_rules.h"

namespace plankit {
namespace {

std::string task_subject(const Task& t) { return "task:" + t.id; }

// Years as a short list: runs of three or more become `a..b` (a 2021..2035 leaf without
// milestones would otherwise list fifteen years).
std::string year_list(const std::vector<int>& years) {
    std::string out;
    for (std::size_t i = 0; i < years.size();) {
        std::size_t j = i;
        while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
        if (!out.empty()) out += ", ";
        if (j - i >= 2) {
            out += fmt::format("{}..{}", years[i], years[j]);
        } else {
            for (std::size_t k = i; k <= j; ++k) out += (k > i ? ", " : "") + std::to_string(years[k]);
        }
        i = j + 1;
    }
    return out;
}

void check_lead_and_goal(GapContext& ctx, const Task& t) {
    if (t.eff.lead.empty()) {
        ctx.add("task-without-lead", Severity::error, task_subject(t),
                ctx.zh() ? fmt::format("任务 {} 没有牵头单位；请填写 lead", t.id)
                       : fmt::format("task {} has no lead unit; name one in lead", t.id),
                t.loc);
    }
    if (t.eff.goals.empty() && t.eff.targets.empty()) {
        ctx.add("task-without-goal", Severity::warning, task_subject(t),
                ctx.zh() ? fmt::format("任务 {} 既不服务任何目标，也不推进任何指标；请填写 goals 或 targets", t.id)
                       : fmt::format("task {} serves no goal and advances no target; give it goals or targets", t.id),
                t.loc);
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
                ctx.zh() ? fmt::format("任务 {} 于 {} 年开始，但它依赖的任务 {} 于 {} 年才开始；请调整开始年份或依赖",
                                     t.id, t.eff.start, dep.id, dep.eff.start)
                       : fmt::format("task {} starts in {} but depends on task {}, which starts in {}; move a start or drop the dependency",
                                     t.id, t.eff.start, dep.id, dep.eff.start),
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
            ctx.zh() ? fmt::format("任务 {} 缺少 {} 年的里程碑；请补上这些年份的 milestones", t.id, year_list(missing))
                   : fmt::format("task {} has no milestone for {}; add milestones for those years", t.id, year_list(missing)),
            t.loc);
}

// readings.md item 40: one finding per milestone, located at the milestone.
void check_milestone_span(GapContext& ctx, const Task& t) {
    for (const auto& m : t.milestones) {
        if (m.year >= t.eff.start && m.year <= t.eff.end) continue;
        ctx.add("milestone-out-of-span", Severity::warning, task_subject(t),
                ctx.zh() ? fmt::format("任务 {} 的 {} 年里程碑不在其起止年份 {}..{} 之内；请改正年份或任务的起止",
                                     t.id, m.year, t.eff.start, t.eff.end)
                       : fmt::format("milestone {} of task {} lies outside its years {}..{}; fix the year or the task's start/end",
                                     m.year, t.id, t.eff.start, t.eff.end),
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
