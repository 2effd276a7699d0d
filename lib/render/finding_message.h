// The sentence of a finding in the output language: its code's words from the catalogue
// (labels.h, `finding.<code>`) with the finding's values put in.
#pragma once

#include <string>

#include "gap_finding.h"
#include "labels.h"

namespace plankit {

// `no task advances target t1; …` / `没有任务推进指标 t1；…`. Compared figures are rounded
// as the tables round them, with more decimals only where two would otherwise read alike.
std::string finding_message(const GapFinding& finding, Lang lang);

// One value as a message shows it: amounts to at most four decimals, exact figures as
// short as they read back, years in runs as `a..b`, paths as `a -> b`, lists as `a, b`.
std::string arg_text(const FindingArg& arg);

}  // namespace plankit
