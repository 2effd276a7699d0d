// The gap analysis (analysis.md, "Gap findings"; readings.md items 39–49): what is
// missing or contradictory in a plan, found by walking its one graph.
#pragma once

#include "gap_finding.h"
#include "plan_graph.h"

namespace plankit {

// Every gap finding of the plan, sorted; their messages are the writers' to word.
GapReport find_gaps(const PlanGraph& graph);

}  // namespace plankit
