// Figures compared as a person compares them on paper (readings.md item 78): both sides
// rounded to 9 decimals, half away from zero. One case per place a comparison is made;
// each first shows that floating point alone would decide otherwise, so the case fails
// without the rounding.
#include <doctest/doctest.h>

#include "aggregates.h"
#include "allocation.h"
#include "figures.h"
#include "score_fixtures.h"
#include "target_score.h"
#include "target_trend.h"
#include "year_score.h"

using namespace plankit;
using namespace plankit::testing;

namespace {

// 0.1 + 2 × 0.1 on paper is 0.3; in binary floating point 0.30000000000000004.
const double kPointThreeByHand = 0.1 + 2 * 0.1;
// The unit of the conformance case `rounding`: its target scores 100 · 2 / (30.8 − 28)
// = 500/7 and its tasks (5 · 100 + 60 + 40) / 7 = 600/7, so the unit scores
// (40 · 500/7 + 60 · 600/7) / 100 = (20000/7 + 36000/7) / 100 = 80 on paper. Worked out
// in floating point the way the score is (30.8 from 28 + 7 · 2/5), it is 79.99999999999999.
const double kTargetScore = 100 * (2 / ((28 + (35.0 - 28) * 2 / 5) - 28));
const double kTaskScore = (5 * 100.0 + 60 + 40) / 7;
const double kEightyByHand = (40 * kTargetScore + 60 * kTaskScore) / (40 + 60);

}  // namespace

TEST_CASE("figures: rounded to 9 decimals, half away from zero") {
    CHECK(kPointThreeByHand != 0.3);
    CHECK(kEightyByHand != 80.0);
    CHECK(figures::rounded(kPointThreeByHand) == 0.3);
    CHECK(figures::rounded(kEightyByHand) == 80.0);
    // 1/1024 = 0.0009765625 is exactly a half at the 10th decimal: away from zero.
    CHECK(figures::rounded(1.0 / 1024) == 0.000976563);
    CHECK(figures::rounded(-1.0 / 1024) == -0.000976563);
    CHECK(figures::equal(kPointThreeByHand, 0.3));
    CHECK(figures::at_least(kEightyByHand, 80));
    CHECK_FALSE(figures::below(kEightyByHand, 80));
    CHECK_FALSE(figures::above(kPointThreeByHand, 0.3));
    CHECK(figures::at_most(kPointThreeByHand, 0.3));
    // A difference at the 8th decimal is a real one.
    CHECK(figures::below(80 - 1e-8, 80));
    CHECK(figures::above(0.3 + 1e-8, 0.3));
}

TEST_CASE("rating bands: 79.99999999999999 is rated by the 80 band") {
    Plan p = score_plan();  // bands 90 / 80 / 60 / 0
    CHECK(*rating_of(kEightyByHand, p.scoring) == "good");
    CHECK(*rating_of(80 - 1e-8, p.scoring) == "pass");
}

TEST_CASE("lights: a completion of 1 on paper is green") {
    // Baseline (2020, 0.1), milestone (2025, 0.6): expected 2022 = 0.1 + 0.5 · 2/5
    // = 0.3 on paper. Actual 0.3: need = got = 0.2, completion 1: green.
    Plan p = score_plan();
    Target t = make_target("u", {2020, 0.1, {}}, {{2025, 0.6, {}}});
    auto s = score_target(t, p.scoring, 2022, 0.3);
    REQUIRE(s);
    CHECK(*s->completion < 1.0);  // 0.9999999999999998 in floating point
    CHECK(s->light == Light::green);
    CHECK(light_of(0.8 - 1e-17, p.scoring) == Light::yellow);  // yellow ≥ 0.8
}

TEST_CASE("milestone meets: an actual equal on paper meets, either direction") {
    // Increase: 0.3 ≥ 0.3; decrease: 0.3 ≤ 0.3 (both sides 0.3 on paper).
    CHECK(meets(Direction::increase, 0.3, kPointThreeByHand));
    CHECK(meets(Direction::decrease, kPointThreeByHand, 0.3));
    CHECK_FALSE(meets(Direction::increase, 0.3 - 1e-8, 0.3));
    // A binding target whose actual equals the expected value on paper is not missed.
    Plan p = score_plan();
    Target t = make_target("u", {2020, 0.1, {}}, {{2025, 0.6, {}}});
    t.kind = TargetKind::binding;
    CHECK_FALSE(score_target(t, p.scoring, 2022, 0.3)->binding_missed);
}

TEST_CASE("completion: need > 0 and got ≥ need on rounded figures") {
    // need = 0.1 + 0.2 − 0.3 = 0 on paper (5.55e-17 in floating point): the need ≤ 0
    // rule applies, and got 0 ≥ need 0 gives 1 (dividing would give 0 / 5.55e-17 = 0).
    const double need = 0.1 + 0.2 - 0.3;
    CHECK(need > 0);
    CHECK(completion_of(need, 0) == 1.0);
    // need −0.3, got −(0.1 + 0.2) = −0.3 on paper: got ≥ need, 1 (floating point: 0).
    CHECK(-(0.1 + 0.2) < -0.3);
    CHECK(completion_of(-0.3, -(0.1 + 0.2)) == 1.0);
}

TEST_CASE("trend: ratio thresholds on rounded figures") {
    // 0.9999999999999999 is 1 on paper: on track; 0.49999999999999994 is 0.5.
    CHECK(trend_of_ratio(1 - 1e-16) == Trend::on_track);
    CHECK(trend_of_ratio(0.5 - 1e-17) == Trend::moderately_improving);
    CHECK(trend_of_ratio(-1e-17) == Trend::stagnating);
    CHECK(trend_of_ratio(1 - 1e-8) == Trend::moderately_improving);
}

TEST_CASE("trend: required = 0 and the signed slope on rounded figures") {
    // Baseline (2020, 0.3), milestone (2025, 0.1 + 0.2): required = (0.30000000000000004 −
    // 0.3) / 5 = 0 on paper. Actual 0.3 in 2022: slope 0, and 0 ≥ 0 is on track (as a
    // ratio, 0 / 1.1e-17 = 0 would say stagnating).
    Target t = make_target("flat", {2020, 0.3, {}}, {{2025, 0.1 + 0.2, {}}});
    auto tr = target_trend(t, 2022, {{2022, 0.3}});
    REQUIRE(tr.required);
    CHECK(*tr.required != 0.0);
    CHECK_FALSE(tr.ratio);
    CHECK(tr.trend == Trend::on_track);
    // Baseline (2020, 0.1 + 0.2), milestone (2025, 0.3), actual 0.3 in 2022: the slope
    // −2.8e-17 is 0 on paper, so still on track, not deteriorating.
    Target down = make_target("down", {2020, 0.1 + 0.2, {}}, {{2025, 0.3, {}}});
    auto tr2 = target_trend(down, 2022, {{2022, 0.3}});
    CHECK(*tr2.slope < 0);
    CHECK(tr2.trend == Trend::on_track);
}

TEST_CASE("will meet: the projection compared on rounded figures") {
    // Baseline (2020, 1.1), actual (2021, 1.3), milestone (2025, 2.1): slope 0.2, projected
    // 1.3 + 0.2 · (2025 − 2021) = 2.1 on paper (2.0999999999999996 in floating point): met.
    Target t = make_target("u", {2020, 1.1, {}}, {{2025, 2.1, {}}});
    auto tr = target_trend(t, 2021, {{2021, 1.3}});
    REQUIRE(tr.will_meet);
    CHECK(*tr.projected < 2.1);
    CHECK(*tr.will_meet);
}

TEST_CASE("allocations: no shortfall or excess when they add up on paper") {
    // Due 2025: the milestone 0.3. Units give 0.1 and 0.2: 0.30000000000000004 allocated,
    // 0.3 on paper: neither short nor over.
    Target t = make_target("t", {2020, 0, {}}, {{2025, 0.3, {}}});
    t.allocations = {{"a", 0.1, 2025, {}}, {"b", 0.2, 2025, {}}};
    auto years = allocation_years(t);
    REQUIRE(years.size() == 1);
    CHECK(years[0].allocated > 0.3);
    CHECK(*years[0].shortfall == 0.0);
    CHECK(*years[0].excess == 0.0);
    // 0.29999999 is short by 1e-8: a real shortfall.
    t.allocations = {{"a", 0.29999999, 2025, {}}};
    CHECK(*allocation_years(t)[0].shortfall == doctest::Approx(1e-8));
}

TEST_CASE("--fail-below: a plan score of 80 on paper is not below 80") {
    YearScore s;
    s.overall.score = kEightyByHand;
    CHECK_FALSE(evaluation_fails(s, std::nullopt, 80.0));
    s.overall.score = 80 - 1e-8;
    CHECK(evaluation_fails(s, std::nullopt, 80.0));
}
