#include "progress_class.h"

namespace plankit {

const char* to_string(ProgressClass c) {
    switch (c) {
        case ProgressClass::achieved: return "achieved";
        case ProgressClass::ahead: return "ahead";
        case ProgressClass::as_expected: return "as_expected";
        case ProgressClass::lagging: return "lagging";
    }
    return "lagging";
}

std::optional<ProgressClass> parse_class(const std::string& code) {
    for (auto c : {ProgressClass::achieved, ProgressClass::ahead, ProgressClass::as_expected, ProgressClass::lagging})
        if (code == to_string(c)) return c;
    return std::nullopt;
}

std::string class_key(const ClassOf& c) {
    if (!c.cls) return {};
    if (*c.cls == ProgressClass::achieved && c.early) return "class.achieved_early";
    return std::string("class.") + to_string(*c.cls);
}

std::optional<YearValue> period_end_milestone(const Target& target, int period_end) {
    std::optional<YearValue> end;
    for (const auto& m : target.milestones)  // strictly increasing years (plan checks)
        if (m.year <= period_end) end = m;
    return end;
}

ClassOf class_of(const Target& target, const TargetScore& score, const std::optional<YearValue>& end) {
    if (!score.actual) return {};
    if (end && meets(target.direction, *score.actual, end->value))
        return {ProgressClass::achieved, score.year < end->year};
    switch (score.light) {
        case Light::green: return {ProgressClass::ahead, false};
        case Light::yellow: return {ProgressClass::as_expected, false};
        default: return {ProgressClass::lagging, false};
    }
}

EndOfPeriod end_of_period(const Target& target, const TargetTrend& trend, const std::optional<YearValue>& end) {
    EndOfPeriod e;
    if (!end || trend.trend == Trend::unknown || !trend.slope || !trend.latest) return e;
    e.milestone = end;
    e.projected = trend.latest->value + *trend.slope * (end->year - trend.latest->year);
    e.will_meet = meets(target.direction, *e.projected, end->value);
    return e;
}

}  // namespace plankit
