// The progress classes of a mid-term evaluation and the trend carried on to the
// period-end milestone (cycle.md, "Progress classes").
#include <doctest/doctest.h>

#include "progress_class.h"
#include "score_fixtures.h"

using namespace plankit;
using namespace plankit::testing;

TEST_CASE("the period-end milestone is the last one in the period") {
    Target t = make_target("lit", {2020, 10, {}}, {{2023, 13, {}}, {2025, 15, {}}, {2035, 25, {}}});
    CHECK(period_end_milestone(t, 2025)->year == 2025);
    CHECK(period_end_milestone(t, 2024)->year == 2023);
    CHECK_FALSE(period_end_milestone(t, 2022));
}

TEST_CASE("classes: achieved when the period-end milestone is met, else by the light") {
    // Baseline (2020, 10), milestone (2025, 15): expected 2022 = 12, need 2.
    Plan p = score_plan();
    Target t = make_target("lit", {2020, 10, {}}, {{2025, 15, {}}});
    auto end = period_end_milestone(t, 2025);
    // Actual 15 in 2022 meets the 2025 milestone three years early: 提前实现.
    auto early = class_of(t, *score_target(t, p.scoring, 2022, 15), end);
    CHECK(*early.cls == ProgressClass::achieved);
    CHECK(early.early);
    CHECK(class_key(early) == "class.achieved_early");
    // Actual 15 in 2025 meets it in its own year: 已实现.
    auto on_time = class_of(t, *score_target(t, p.scoring, 2025, 15), end);
    CHECK(*on_time.cls == ProgressClass::achieved);
    CHECK_FALSE(on_time.early);
    CHECK(class_key(on_time) == "class.achieved");
    // Actual 12.5: got 2.5 / need 2 = 1.25, green, 12.5 < 15: ahead.
    CHECK(*class_of(t, *score_target(t, p.scoring, 2022, 12.5), end).cls == ProgressClass::ahead);
    // Actual 11.7: 1.7 / 2 = 0.85, yellow: as expected.
    CHECK(*class_of(t, *score_target(t, p.scoring, 2022, 11.7), end).cls == ProgressClass::as_expected);
    // Actual 11: 1 / 2 = 0.5, red: lagging.
    CHECK(*class_of(t, *score_target(t, p.scoring, 2022, 11), end).cls == ProgressClass::lagging);
    // No actual: grey, no class.
    CHECK_FALSE(class_of(t, *score_target(t, p.scoring, 2022, std::nullopt), end).cls);
    // Without a period-end milestone nothing is achieved: green stays ahead.
    CHECK(*class_of(t, *score_target(t, p.scoring, 2022, 20), std::nullopt).cls == ProgressClass::ahead);
}

TEST_CASE("classes of a decrease target: the milestone is met from below") {
    // Baseline (2020, 50), milestone (2025, 40), decrease; actual 39 in 2022 ≤ 40: achieved early.
    Plan p = score_plan();
    Target t = make_target("waste", {2020, 50, {}}, {{2025, 40, {}}}, Direction::decrease);
    auto c = class_of(t, *score_target(t, p.scoring, 2022, 39), period_end_milestone(t, 2025));
    CHECK(*c.cls == ProgressClass::achieved);
    CHECK(c.early);
}

TEST_CASE("projected to the period end: the trend line carried on to the period-end milestone") {
    // Baseline (2020, 10), milestones (2023, 13) and (2025, 15); actual 11.5 in 2022.
    // Points (2020, 10), (2022, 11.5): slope 1.5 / 2 = 0.75. Next milestone 2023:
    // projected 11.5 + 0.75 · 1 = 12.25. Period end: 11.5 + 0.75 · 3 = 13.75 < 15: not met.
    Target t = make_target("lit", {2020, 10, {}}, {{2023, 13, {}}, {2025, 15, {}}});
    auto trend = target_trend(t, 2022, {{2022, 11.5}});
    CHECK(*trend.projected == 12.25);
    auto e = end_of_period(t, trend, period_end_milestone(t, 2025));
    CHECK(e.milestone->year == 2025);
    CHECK(*e.projected == 13.75);
    CHECK_FALSE(*e.will_meet);
    // Unknown trend (no actual): nothing projected.
    auto none = end_of_period(t, target_trend(t, 2022, {}), period_end_milestone(t, 2025));
    CHECK_FALSE(none.projected);
    CHECK_FALSE(none.will_meet);
}
