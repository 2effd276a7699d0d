// The one line `plankit check` prints for a plan that loads (readings.md item 66).
#pragma once

#include <string>

#include "labels.h"
#include "model.h"

namespace plankit {

// `ok: plan ID: 7 units, 3 goals, …` / `通过：规划 ID：单位 7 个，…`, with its line break.
std::string check_summary_text(const Plan& plan, Lang lang);

}  // namespace plankit
