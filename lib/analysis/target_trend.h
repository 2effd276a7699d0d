// The forecast of one target (analysis.md, "Target trend"; readings.md items 50, 52, 74):
// the least-squares slope of its baseline and actuals, compared with the pace its next
// milestone requires.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "model.h"

namespace plankit {

enum class Trend { on_track, moderately_improving, stagnating, deteriorating, unknown };
const char* to_string(Trend trend);  // "on_track", …, "unknown"

// The ordinary least-squares slope of value over year, with centred sums:
// Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², summed in the order of `points`. Needs two distinct years.
double ols_slope(const std::vector<YearValue>& points);

// The class of a ratio of actual to required pace: >= 1 on_track, >= 0.5
// moderately_improving, >= 0 stagnating, else deteriorating.
Trend trend_of_ratio(double ratio);

// Every figure of a target's trend in a year. When the trend is unknown (fewer than two
// points) every optional below is nullopt (readings.md item 50).
struct TargetTrend {
    Trend trend = Trend::unknown;
    std::vector<YearValue> points;           // the baseline, then actuals by year
    std::optional<double> mean_year;         // x̄
    std::optional<double> mean_value;        // ȳ
    std::optional<double> covariance_sum;    // Σ(x − x̄)(y − ȳ)
    std::optional<double> variance_sum;      // Σ(x − x̄)²
    std::optional<double> slope;
    std::optional<YearValue> next_milestone;  // the first milestone with year >= Y
    std::optional<double> required;           // (m.value − b) / (m.year − baseline.year)
    std::optional<double> ratio;              // slope / required; nullopt when required = 0
    std::optional<YearValue> latest;          // the actual with the greatest year
    std::optional<double> projected;          // latest + slope · (m.year − latest.year)
    std::optional<bool> will_meet;            // projected meets m.value in the direction
};

// The trend of a target with a baseline in `year`, from its actuals by year (any years;
// only those in (baseline.year, year] are used). Unknown without a baseline or without a
// milestone in or after `year`.
TargetTrend target_trend(const Target& target, int year, const std::map<int, double>& actuals);

}  // namespace plankit
