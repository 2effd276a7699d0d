// The four progress classes of a mid-term evaluation (cycle.md, "Progress classes"), and
// the question it asks first: will the target be met by the end of the plan period at
// today's pace?
#pragma once

#include <optional>
#include <string>

#include "model.h"
#include "target_score.h"
#include "target_trend.h"

namespace plankit {

// 提前实现 / 已实现, 快于预期, 基本符合预期, 滞后.
enum class ProgressClass { achieved, ahead, as_expected, lagging };
const char* to_string(ProgressClass c);  // "achieved", "ahead", "as_expected", "lagging"
std::optional<ProgressClass> parse_class(const std::string& code);

// The target's period-end milestone: the one with the largest year ≤ `period_end`.
std::optional<YearValue> period_end_milestone(const Target& target, int period_end);

// A scored target's class and whether it was achieved before its period-end year.
struct ClassOf {
    std::optional<ProgressClass> cls;  // nullopt for a grey target
    bool early = false;                // achieved in a year before the milestone's (提前实现)
};

// The catalogue key of a class's words (`class.achieved_early`, …), or "" for none.
std::string class_key(const ClassOf& c);

// The class of `score`: achieved when the actual meets the period-end milestone `end`,
// else by the light (green ahead, yellow as expected, red lagging).
ClassOf class_of(const Target& target, const TargetScore& score, const std::optional<YearValue>& end);

// The trend carried on to the period-end milestone.
struct EndOfPeriod {
    std::optional<YearValue> milestone;  // the period-end milestone
    std::optional<double> projected;     // latest + slope · (m.year − latest year)
    std::optional<bool> will_meet;       // projected meets m.value in the direction
};

// Null figures when the trend is unknown or there is no period-end milestone.
EndOfPeriod end_of_period(const Target& target, const TargetTrend& trend, const std::optional<YearValue>& end);

}  // namespace plankit
