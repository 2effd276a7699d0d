// How plankit compares figures: as a person does on paper (readings.md item 78). Both
// sides are rounded to 9 decimal places, half away from zero, so that 79.99999999999999 —
// 80 worked out in binary floating point — meets the 80 band, and 0.1 + 2 × 0.1 equals
// 0.3. Reported figures keep every digit; only comparisons go through here, and every
// comparison of a computed figure does, so no call site picks a tolerance of its own.
#pragma once

namespace plankit::figures {

// `x` rounded to 9 decimal places, half away from zero (what a comparison sees).
double rounded(double x);

bool equal(double a, double b);     // a = b
bool at_least(double a, double b);  // a ≥ b
bool above(double a, double b);     // a > b
bool at_most(double a, double b);   // a ≤ b
bool below(double a, double b);     // a < b

}  // namespace plankit::figures
