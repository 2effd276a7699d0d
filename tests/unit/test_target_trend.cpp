// Target trend: OLS slope with centred sums, required pace, ratio classes, projection
// (analysis.md "Target trend"; readings.md items 50, 52, 74).
#include <doctest/doctest.h>

#include "score_fixtures.h"
#include "target_trend.h"

using namespace plankit;
using namespace plankit::testing;

TEST_CASE("ols slope with centred sums") {
    // Points (2020, 10), (2021, 11), (2022, 13): x̄ = 2021, ȳ = 34/3.
    // Σ(x−x̄)(y−ȳ) = (−1)(10 − 34/3) + 0 + (1)(13 − 34/3) = 4/3 + 5/3 = 3; Σ(x−x̄)² = 2.
    // slope = 3/2 = 1.5.
    CHECK(ols_slope({{2020, 10, {}}, {2021, 11, {}}, {2022, 13, {}}}) == doctest::Approx(1.5));
}

TEST_CASE("trend classes by ratio") {
    CHECK(trend_of_ratio(1.0) == Trend::on_track);
    CHECK(trend_of_ratio(0.5) == Trend::moderately_improving);
    CHECK(trend_of_ratio(0.0) == Trend::stagnating);
    CHECK(trend_of_ratio(-0.01) == Trend::deteriorating);
}

TEST_CASE("trend of an increase target") {
    // Baseline (2020, 10), milestone (2025, 15), actuals 2021: 11, 2022: 12 (2023 is after Y).
    // Points (2020,10), (2021,11), (2022,12): slope 1. required = (15 − 10)/(2025 − 2020) = 1.
    // ratio 1 → on_track. projected = 12 + 1·(2025 − 2022) = 15 ≥ 15 → will meet.
    Target t = make_target("lit", {2020, 10, {}}, {{2025, 15, {}}});
    auto tr = target_trend(t, 2022, {{2021, 11}, {2022, 12}, {2023, 99}});
    CHECK(tr.points.size() == 3);
    CHECK(*tr.slope == 1.0);
    CHECK(*tr.required == 1.0);
    CHECK(*tr.ratio == 1.0);
    CHECK(tr.trend == Trend::on_track);
    CHECK(*tr.projected == 15.0);
    CHECK(*tr.will_meet);
    CHECK(tr.next_milestone->year == 2025);
}

TEST_CASE("trend of a decrease target, signed ratio") {
    // Baseline (2020, 50), milestone (2025, 40), actual 2021: 49.5. Points (2020,50),
    // (2021,49.5): slope −0.5. required = (40 − 50)/5 = −2. ratio = −0.5/−2 = 0.25 →
    // stagnating. projected = 49.5 + (−0.5)(2025 − 2021) = 47.5; 47.5 ≤ 40 is false.
    Target t = make_target("waste", {2020, 50, {}}, {{2025, 40, {}}}, Direction::decrease);
    auto tr = target_trend(t, 2021, {{2021, 49.5}});
    CHECK(*tr.slope == -0.5);
    CHECK(*tr.required == -2.0);
    CHECK(*tr.ratio == 0.25);
    CHECK(tr.trend == Trend::stagnating);
    CHECK(*tr.projected == 47.5);
    CHECK_FALSE(*tr.will_meet);
}

TEST_CASE("trend unknown with one point: everything null") {
    Target t = make_target("lit", {2020, 10, {}}, {{2025, 15, {}}});
    auto tr = target_trend(t, 2021, {});
    CHECK(tr.trend == Trend::unknown);
    CHECK_FALSE(tr.slope);
    CHECK_FALSE(tr.required);
    CHECK_FALSE(tr.ratio);
    CHECK_FALSE(tr.projected);
    CHECK_FALSE(tr.will_meet);
    CHECK_FALSE(tr.next_milestone);
}

TEST_CASE("required 0: direction-signed slope decides") {
    // Baseline (2020, 10), milestone (2025, 10): required 0, no ratio. Actual 2021: 9 →
    // slope −1; increase → deteriorating; for a decrease target −(−1) = 1 ≥ 0 → on_track.
    Target up = make_target("flat", {2020, 10, {}}, {{2025, 10, {}}});
    auto a = target_trend(up, 2021, {{2021, 9}});
    CHECK(*a.required == 0.0);
    CHECK_FALSE(a.ratio);
    CHECK(a.trend == Trend::deteriorating);
    Target down = make_target("flat", {2020, 10, {}}, {{2025, 10, {}}}, Direction::decrease);
    CHECK(target_trend(down, 2021, {{2021, 9}}).trend == Trend::on_track);
}
