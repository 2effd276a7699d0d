#include "gaps.h"

#include "finding_order.h"
#include "gaps_rules.h"
#include "plan_graph.h"

namespace plankit {

GapReport find_gaps(const PlanGraph& graph) {
    GapReport report;
    report.plan = graph.plan().id;
    GapContext ctx{graph, report.findings};
    find_cycle_gaps(ctx);
    find_task_gaps(ctx);
    find_target_gaps(ctx);
    find_goal_gaps(ctx);
    find_unit_gaps(ctx);
    sort_findings(report.findings);
    for (const auto& f : report.findings) report.counts.add(f.severity);
    return report;
}

}  // namespace plankit
