#include "target_score.h"

#include <algorithm>

#include "figures.h"
#include "trajectory.h"

namespace plankit {

const char* to_string(Light light) {
    switch (light) {
        case Light::green: return "green";
        case Light::yellow: return "yellow";
        case Light::red: return "red";
        case Light::grey: return "grey";
    }
    return "grey";
}

bool in_scoring_window(const Target& target, int year) {
    if (!target.baseline || target.milestones.empty()) return false;
    return target.baseline->year < year && year <= target.milestones.back().year;
}

bool meets(Direction direction, double actual, double due) {
    return direction == Direction::increase ? figures::at_least(actual, due) : figures::at_most(actual, due);
}

double completion_of(double need, double got) {
    if (figures::above(need, 0)) return got / need;
    return figures::at_least(got, need) ? 1.0 : 0.0;
}

Light light_of(double completion, const Scoring& scoring) {
    if (figures::at_least(completion, scoring.light_green)) return Light::green;
    if (figures::at_least(completion, scoring.light_yellow)) return Light::yellow;
    return Light::red;
}

std::optional<TargetScore> score_target(const Target& target, const Scoring& scoring, int year,
                                        std::optional<double> actual) {
    if (!in_scoring_window(target, year)) return std::nullopt;
    auto expected = expected_value(target, year);
    if (!expected) return std::nullopt;  // cannot happen inside the window; kept for safety

    const bool increase = target.direction == Direction::increase;
    TargetScore s;
    s.year = year;
    s.baseline = target.baseline->value;
    s.expected = *expected;
    s.need = increase ? s.expected - s.baseline : s.baseline - s.expected;
    s.actual = actual;
    if (!actual) return s;  // grey: nothing more is computed

    s.got = increase ? *actual - s.baseline : s.baseline - *actual;
    s.completion = completion_of(s.need, *s.got);
    s.clamped = std::clamp(*s.completion, 0.0, 1.0);
    s.score = 100 * *s.clamped;
    s.light = light_of(*s.completion, scoring);
    s.binding_missed = target.kind == TargetKind::binding && !meets(target.direction, *actual, s.expected);
    return s;
}

}  // namespace plankit
