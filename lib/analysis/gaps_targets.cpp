// The gap rules about targets and goals: coverage by tasks and targets, baselines,
// owners, and allocations against what is due.
#include <fmt/format.h>

#include "allocation.h"
#include "gaps_rules.h"

namespace plankit {
namespace {

void check_coverage(GapContext& ctx, const Target& t, Vertex v) {
    std::string subject = "target:" + t.id;
    if (!ctx.graph.has_in(v, EdgeType::advances)) {
        ctx.add("target-without-task", Severity::error, subject,
                ctx.zh() ? fmt::format("没有任务推进指标 {}；请在某项任务的 targets 中列出它", t.id)
                       : fmt::format("no task advances target {}; list it in the targets of a task", t.id),
                t.loc);
    }
    if (!t.baseline) {
        ctx.add("target-without-baseline", Severity::warning, subject,
                ctx.zh() ? fmt::format("指标 {} 没有基期值：没有预期轨迹，也不会被评分；请补上 baseline", t.id)
                       : fmt::format("target {} has no baseline: it has no trajectory and is never scored; "
                                     "give it a baseline",
                                     t.id),
                t.loc);
    }
    if (!t.owner) {
        ctx.add("target-without-owner", Severity::warning, subject,
                ctx.zh() ? fmt::format("指标 {} 没有责任单位；请填写 owner", t.id)
                       : fmt::format("target {} has no owner unit; name one in owner", t.id),
                t.loc);
    }
}

void check_allocations(GapContext& ctx, const Target& t) {
    for (const auto& row : allocation_years(t)) {
        if (!row.due) continue;  // readings.md item 37: nothing due, nothing to compare
        std::string allocated = plain_number(row.allocated), due = plain_number(*row.due);
        if (*row.shortfall > 0) {
            std::string gap = plain_number(*row.shortfall);
            ctx.add("allocation-shortfall", Severity::error, "target:" + t.id,
                    ctx.zh() ? fmt::format("指标 {} 在 {} 年的分解合计 {}，应达 {}：缺口 {}；请补足各单位的分解值",
                                         t.id, row.year, allocated, due, gap)
                           : fmt::format("allocations of {} for {} add up to {}, {} is due: short by {}; "
                                         "raise the units' shares",
                                         t.id, row.year, allocated, due, gap),
                    t.loc);
        } else if (*row.excess > 0) {
            std::string over = plain_number(*row.excess);
            ctx.add("allocation-excess", Severity::info, "target:" + t.id,
                    ctx.zh() ? fmt::format("指标 {} 在 {} 年的分解合计 {}，应达 {}：超出 {}",
                                         t.id, row.year, allocated, due, over)
                           : fmt::format("allocations of {} for {} add up to {}, {} is due: {} over",
                                         t.id, row.year, allocated, due, over),
                    t.loc);
        }
    }
}

// Whether a task serves the goal directly or advances one of the targets measuring it.
bool goal_has_task(const PlanGraph& pg, Vertex goal) {
    if (pg.has_in(goal, EdgeType::serves)) return true;
    bool found = false;
    pg.each_in(goal, EdgeType::measures,
               [&](Vertex target) { found = found || pg.has_in(target, EdgeType::advances); });
    return found;
}

}  // namespace

void find_target_gaps(GapContext& ctx) {
    const auto& targets = ctx.plan().targets;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        check_coverage(ctx, targets[i], ctx.graph.vertex_of(NodeKind::target, i));
        check_allocations(ctx, targets[i]);
    }
}

void find_goal_gaps(GapContext& ctx) {
    const auto& goals = ctx.plan().goals;
    for (std::size_t i = 0; i < goals.size(); ++i) {
        const Goal& goal = goals[i];
        Vertex v = ctx.graph.vertex_of(NodeKind::goal, i);
        if (!goal_has_task(ctx.graph, v)) {
            ctx.add("goal-without-task", Severity::error, "goal:" + goal.id,
                    ctx.zh() ? fmt::format("没有任务服务目标 {}（无论直接还是通过其指标）；请让某项任务服务它", goal.id)
                           : fmt::format("no task serves goal {}, directly or through its targets; "
                                         "add it to the goals of a task",
                                         goal.id),
                    goal.loc);
        }
        if (!ctx.graph.has_in(v, EdgeType::measures)) {
            ctx.add("goal-without-target", Severity::warning, "goal:" + goal.id,
                    ctx.zh() ? fmt::format("没有指标衡量目标 {}；请为它设一个指标", goal.id)
                           : fmt::format("no target measures goal {}; add a target with goal: {}", goal.id, goal.id),
                    goal.loc);
        }
    }
}

}  // namespace plankit
