// The score of one target in a year (analysis.md, "Target score"; readings.md items 51–53):
// need, got, completion, the clamped score and the light, from the trajectory's expected
// value, the baseline and the year's actual.
#pragma once

#include <optional>

#include "model.h"

namespace plankit {

// Traffic light of a target: green, yellow, red on the unclamped completion; grey when
// there is no actual value for the year.
enum class Light { green, yellow, red, grey };
const char* to_string(Light light);  // "green", "yellow", "red", "grey"

// Whether the target is scored in `year`: it has a baseline and
// baseline.year < year <= last milestone year.
bool in_scoring_window(const Target& target, int year);

// Whether `actual` meets `due` in the target's direction (>= for increase, <= for decrease).
bool meets(Direction direction, double actual, double due);

// `got / need` when need > 0; else exactly 1 when got >= need and 0 otherwise.
double completion_of(double need, double got);

// The light of an unclamped completion under the plan's thresholds.
Light light_of(double completion, const Scoring& scoring);

// Every figure of one target's score in one year, kept so that it can be explained.
struct TargetScore {
    int year = 0;
    double baseline = 0;
    double expected = 0;
    double need = 0;
    std::optional<double> actual;      // nullopt: no record (grey)
    std::optional<double> got;         // the fields below are nullopt when grey
    std::optional<double> completion;  // unclamped
    std::optional<double> clamped;     // completion clamped to [0, 1]
    std::optional<double> score;       // 100 · clamped
    Light light = Light::grey;
    bool binding_missed = false;  // a binding target whose actual misses the expected value
};

// The target's score in `year`, or nullopt when it is outside its scoring window.
std::optional<TargetScore> score_target(const Target& target, const Scoring& scoring, int year,
                                        std::optional<double> actual);

}  // namespace plankit
