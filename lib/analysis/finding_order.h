// The order findings are listed in (readings.md item 46), shared by `gaps` and `score`.
#pragma once

#include <vector>

#include "gap_finding.h"

namespace plankit {

// Severity (error first), code, subject (kind name, then the id: task ids in task order,
// other ids in code-point order), the message's values in its order, then location.
bool finding_less(const GapFinding& a, const GapFinding& b);

void sort_findings(std::vector<GapFinding>& findings);

}  // namespace plankit
