// How large, and how small, a number an input may hold.
#pragma once

#include <cmath>

namespace plankit {

// The largest size of any number in a plan or a progress record (values, weights, ...):
// far beyond any real count or budget, yet small enough that differences, slopes, sums and
// products of such numbers stay finite and exact to the unit.
inline constexpr double kMaxNumberSize = 1e15;

// The smallest size of a number other than 0, so that ratios of two input numbers (a
// geometric trajectory divides the milestone by the baseline) stay finite.
inline constexpr double kMinNumberSize = 1e-9;

// What a finite number must be instead ("a number from -1e15 to 1e15", ...), or nullptr
// when it is within the limits.
inline const char* number_limit_broken(double value) {
    const double size = std::fabs(value);
    if (size > kMaxNumberSize) return "a number from -1e15 to 1e15";
    if (size != 0 && size < kMinNumberSize) return "0 or a number of at least 1e-9 in size";
    return nullptr;
}

// The same as a code of the words catalogue (`error.number_range`, `error.number_small`),
// for messages worded in the output language.
inline const char* number_limit_code(double value) {
    const double size = std::fabs(value);
    if (size > kMaxNumberSize) return "number_range";
    if (size != 0 && size < kMinNumberSize) return "number_small";
    return nullptr;
}

}  // namespace plankit
