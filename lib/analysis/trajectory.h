// The expected value of a target in a year (analysis.md, "the trajectory"; readings.md
// items 34–36): piecewise linear or geometric through the baseline and the milestones.
#pragma once

#include <optional>
#include <vector>

#include "model.h"

namespace plankit {

// The known points of a target: its baseline, then its milestones. Empty without a
// baseline, since then there is no trajectory at all (readings.md item 36).
std::vector<YearValue> known_points(const Target& target);

// The segment of the trajectory used for a year, for explaining a figure.
struct TrajectorySegment {
    YearValue from;
    YearValue to;
    bool exact = false;  // the year is a known point: its value is used as it is
};

std::optional<TrajectorySegment> trajectory_segment(const Target& target, int year);

// nullopt before the baseline, after the last milestone, or without a baseline.
std::optional<double> expected_value(const Target& target, int year);

// The formula of one segment, evaluated as written (readings.md item 35).
double interpolate(TrajectoryKind kind, const YearValue& a, const YearValue& b, int year);

}  // namespace plankit
