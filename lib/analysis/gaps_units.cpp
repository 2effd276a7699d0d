// The gap rules about units: too many tasks to lead, or nothing to do at all.
#include "gaps_rules.h"

#include "plan_graph.h"

namespace plankit {
namespace {

// readings.md item 43: leaf tasks whose effective lead list holds the unit, any position.
void check_overload(GapContext& ctx) {
    const auto& limit = ctx.plan().scoring.max_lead_tasks;
    if (!limit) return;
    const auto& units = ctx.plan().units;
    for (std::size_t i = 0; i < units.size(); ++i) {
        int leads = 0;
        ctx.graph.each_out(ctx.graph.vertex_of(NodeKind::unit, i), EdgeType::leads, [&](Vertex task) {
            leads += ctx.graph.composite(ctx.graph.node(task).index) ? 0 : 1;
        });
        if (leads <= *limit) continue;
        ctx.add("unit-overload", Severity::warning, "unit:" + units[i].id,
                {FindingArg::of_text("unit", units[i].id), FindingArg::of_whole("leads", leads),
                 FindingArg::of_whole("max_lead_tasks", *limit)},
                units[i].loc);
    }
}

bool has_own_work(const PlanGraph& pg, Vertex unit) {
    return pg.has_out(unit, EdgeType::leads) || pg.has_out(unit, EdgeType::supports) ||
           pg.has_out(unit, EdgeType::owns);
}

// readings.md item 44: a unit with work marks itself and every unit above it as busy.
std::vector<bool> busy_units(const PlanGraph& pg) {
    std::size_t n = pg.plan().units.size();
    std::vector<bool> busy(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        Vertex v = pg.vertex_of(NodeKind::unit, i);
        if (!has_own_work(pg, v)) continue;
        // Walk up the parents; a parent loop (already an input error) ends at a busy unit.
        while (!busy[pg.node(v).index]) {
            busy[pg.node(v).index] = true;
            auto up = pg.out(v, EdgeType::within);
            if (up.empty()) break;
            v = up.front();
        }
    }
    return busy;
}

void check_idle(GapContext& ctx) {
    auto busy = busy_units(ctx.graph);
    const auto& units = ctx.plan().units;
    for (std::size_t i = 0; i < units.size(); ++i) {
        if (busy[i]) continue;
        ctx.add("unit-without-work", Severity::info, "unit:" + units[i].id,
                {FindingArg::of_text("unit", units[i].id)}, units[i].loc);
    }
}

}  // namespace

void find_unit_gaps(GapContext& ctx) {
    check_overload(ctx);
    check_idle(ctx);
}

}  // namespace plankit
