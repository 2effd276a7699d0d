// The gap rules about targets and goals: coverage by tasks and targets, baselines,
// owners, and allocations against what is due.
#include "allocation.h"
#include "gaps_rules.h"
#include "plan_graph.h"

namespace plankit {
namespace {

void check_coverage(GapContext& ctx, const Target& t, Vertex v) {
    std::string subject = "target:" + t.id;
    if (!ctx.graph.has_in(v, EdgeType::advances)) {
        ctx.add("target-without-task", Severity::error, subject,
                {FindingArg::of_text("target", t.id)}, t.loc);
    }
    if (!t.baseline) {
        ctx.add("target-without-baseline", Severity::warning, subject,
                {FindingArg::of_text("target", t.id)}, t.loc);
    }
    if (!t.owner) {
        ctx.add("target-without-owner", Severity::warning, subject,
                {FindingArg::of_text("target", t.id)}, t.loc);
    }
}

void check_allocations(GapContext& ctx, const Target& t) {
    for (const auto& row : allocation_years(t)) {
        if (!row.due) continue;  // readings.md item 37: nothing due, nothing to compare
        auto args = [&](const char* gap_key, double gap) {
            return std::vector<FindingArg>{FindingArg::of_text("target", t.id), FindingArg::of_whole("year", row.year),
                                           FindingArg::of_amount("allocated", row.allocated),
                                           FindingArg::of_amount("due", *row.due), FindingArg::of_amount(gap_key, gap)};
        };
        if (*row.shortfall > 0) {
            ctx.add("allocation-shortfall", Severity::error, "target:" + t.id, args("shortfall", *row.shortfall),
                    t.loc);
        } else if (*row.excess > 0) {
            ctx.add("allocation-excess", Severity::info, "target:" + t.id, args("excess", *row.excess), t.loc);
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
                    {FindingArg::of_text("goal", goal.id)}, goal.loc);
        }
        if (!ctx.graph.has_in(v, EdgeType::measures)) {
            ctx.add("goal-without-target", Severity::warning, "goal:" + goal.id,
                    {FindingArg::of_text("goal", goal.id)}, goal.loc);
        }
    }
}

}  // namespace plankit
