// The expected value of a target in a year (analysis.md, "the trajectory"; readings.md
// items 34–36). Every expected number is worked out by hand in the comment beside it.
#include <doctest/doctest.h>

#include "trajectory.h"

using namespace plankit;

namespace {

YearValue yv(int year, double value) { return YearValue{year, value, {}}; }

Target target(TrajectoryKind kind, std::optional<YearValue> baseline, std::vector<YearValue> milestones) {
    Target t;
    t.trajectory = kind;
    t.baseline = baseline;
    t.milestones = std::move(milestones);
    return t;
}

}  // namespace

TEST_CASE("linear: a straight line from the baseline to the milestone") {
    // 2020: 10 → 2025: 20, so 2 a year.
    Target t = target(TrajectoryKind::linear, yv(2020, 10), {yv(2025, 20)});
    CHECK(*expected_value(t, 2021) == 12.0);  // 10 + (20 − 10)·1/5 = 10 + 10/5 = 12
    CHECK(*expected_value(t, 2023) == 16.0);  // 10 + 10·3/5 = 10 + 30/5 = 16
    CHECK(*expected_value(t, 2024) == 18.0);  // 10 + 10·4/5 = 10 + 40/5 = 18
}

TEST_CASE("linear: a decreasing target goes down the same way") {
    // 2020: 50 → 2025: 40, so −2 a year.
    Target t = target(TrajectoryKind::linear, yv(2020, 50), {yv(2025, 40)});
    CHECK(*expected_value(t, 2022) == 46.0);  // 50 + (40 − 50)·2/5 = 50 − 20/5 = 46
}

TEST_CASE("geometric: a constant growth rate between the points") {
    // 2020: 100 → 2022: 400, so ×2 a year.
    Target t = target(TrajectoryKind::geometric, yv(2020, 100), {yv(2022, 400)});
    CHECK(*expected_value(t, 2021) == 200.0);  // 100·(400/100)^(1/2) = 100·4^0.5 = 100·2 = 200

    // 2020: 1 → 2023: 8, so ×2 a year.
    Target u = target(TrajectoryKind::geometric, yv(2020, 1), {yv(2023, 8)});
    CHECK(*expected_value(u, 2021) == doctest::Approx(2.0));  // 1·8^(1/3) = 2 (cube root: not exact in binary)
    CHECK(*expected_value(u, 2022) == doctest::Approx(4.0));  // 1·8^(2/3) = 4
}

TEST_CASE("several milestones: each segment between neighbouring known points") {
    // 2020: 0 → 2023: 30 (10 a year) → 2025: 40 (5 a year).
    Target t = target(TrajectoryKind::linear, yv(2020, 0), {yv(2023, 30), yv(2025, 40)});
    CHECK(*expected_value(t, 2021) == 10.0);  // 0 + 30·1/3 = 30/3 = 10
    CHECK(*expected_value(t, 2022) == 20.0);  // 0 + 30·2/3 = 60/3 = 20
    CHECK(*expected_value(t, 2024) == 35.0);  // 30 + (40 − 30)·1/2 = 30 + 10/2 = 35

    auto seg = trajectory_segment(t, 2024);
    REQUIRE(seg);
    CHECK(seg->from.year == 2023);  // the segment 2023 → 2025, not the one before
    CHECK(seg->to.year == 2025);
    CHECK_FALSE(seg->exact);
}

TEST_CASE("no expected value before the baseline or after the last milestone") {
    Target t = target(TrajectoryKind::linear, yv(2020, 0), {yv(2023, 30), yv(2025, 40)});
    CHECK_FALSE(expected_value(t, 2019).has_value());  // before 2020
    CHECK_FALSE(expected_value(t, 2026).has_value());  // after 2025
    CHECK_FALSE(expected_value(t, 2035).has_value());
}

TEST_CASE("without a baseline there is no trajectory at all, not even at a milestone") {
    Target t = target(TrajectoryKind::linear, std::nullopt, {yv(2023, 30), yv(2025, 40)});
    CHECK(known_points(t).empty());
    CHECK_FALSE(expected_value(t, 2023).has_value());  // readings.md item 36
    CHECK_FALSE(expected_value(t, 2024).has_value());
}

TEST_CASE("a known point's own value, exactly, not re-derived from the formula") {
    // 2020: 11 → 2023: 15 geometric. The formula at 2023 would be 11·(15/11)^1, and
    // 15/11 is not exact in binary: 11·(15/11) = 14.999999999999998. The point is 15.
    Target t = target(TrajectoryKind::geometric, yv(2020, 11), {yv(2023, 15), yv(2025, 21)});
    CHECK(11.0 * (15.0 / 11.0) != 15.0);      // the trap this rule avoids
    CHECK(*expected_value(t, 2020) == 11.0);  // the baseline
    CHECK(*expected_value(t, 2023) == 15.0);  // a milestone between two segments
    CHECK(*expected_value(t, 2025) == 21.0);  // the last milestone
    auto seg = trajectory_segment(t, 2023);
    REQUIRE(seg);
    CHECK(seg->exact);

    // 0.2 → 0.9 linear over 2020..2023: at 2023 the formula is 0.2 + (0.9 − 0.2)·3/3,
    // which is 0.8999999999999999 in binary; the milestone is still 0.9.
    CHECK(0.2 + (0.9 - 0.2) * 3.0 / 3.0 != 0.9);
    Target u = target(TrajectoryKind::linear, yv(2020, 0.2), {yv(2023, 0.9)});
    CHECK(*expected_value(u, 2023) == 0.9);
}

TEST_CASE("the formulas are evaluated as written") {
    // va + (vb − va)·(Y − ya)/(yb − ya) with 1 → 2 over 2020..2023 at 2021:
    // 1 + (1·1)/3 = 1 + 1/3, the double nearest 4/3 after the addition.
    CHECK(interpolate(TrajectoryKind::linear, yv(2020, 1), yv(2023, 2), 2021) == 1.0 + (1.0 * 1.0) / 3.0);
    // va·(vb/va)^((Y − ya)/(yb − ya)) with 100 → 400 over 2020..2024 at 2022: 100·4^0.5 = 200.
    CHECK(interpolate(TrajectoryKind::geometric, yv(2020, 100), yv(2024, 400), 2022) == 200.0);
}
