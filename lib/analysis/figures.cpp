#include "figures.h"

#include <cmath>

namespace plankit::figures {
namespace {

// The figure in units of 10⁻⁹, rounded half away from zero. Long double keeps the scaled
// value exact enough that a figure written with at most 9 decimals lands on its own
// integer, and it cannot overflow for any finite double.
long double nano_units(double x) { return std::roundl(static_cast<long double>(x) * 1e9L); }

}  // namespace

double rounded(double x) {
    if (!std::isfinite(x)) return x;
    return static_cast<double>(nano_units(x) / 1e9L);
}

bool equal(double a, double b) { return nano_units(a) == nano_units(b); }
bool at_least(double a, double b) { return nano_units(a) >= nano_units(b); }
bool above(double a, double b) { return nano_units(a) > nano_units(b); }
bool at_most(double a, double b) { return nano_units(a) <= nano_units(b); }
bool below(double a, double b) { return nano_units(a) < nano_units(b); }

}  // namespace plankit::figures
