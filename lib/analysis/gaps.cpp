#include "gaps.h"

#include "finding_order.h"
#include "gaps_rules.h"
#include "number_format.h"

namespace plankit {

// Four decimals keep messages readable (no 0.30000000000000004) and exact enough to act on.
std::string plain_number(double value) { return format_number(value, 4); }

GapReport find_gaps(const PlanGraph& graph, Lang lang) {
    GapReport report;
    report.plan = graph.plan().id;
    GapContext ctx{graph, lang, report.findings};
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
