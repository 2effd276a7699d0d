// Target score: need, got, completion, clamp, score, light and binding misses
// (analysis.md "Target score"; readings.md items 51–53).
#include <doctest/doctest.h>

#include "score_fixtures.h"
#include "target_score.h"

using namespace plankit;
using namespace plankit::testing;

TEST_CASE("target score inside the window: linear expected value, need, got, completion") {
    // Baseline (2020, 10), milestone (2025, 15): expected 2023 = 10 + 5·3/5 = 13.
    // Actual 12.5: need = 13 − 10 = 3, got = 12.5 − 10 = 2.5, completion = 2.5/3 = 0.8333…,
    // score = 83.333…, light yellow (0.8 ≤ 0.833 < 1).
    Plan p = score_plan();
    Target t = make_target("lit", {2020, 10, {}}, {{2025, 15, {}}});
    auto s = score_target(t, p.scoring, 2023, 12.5);
    REQUIRE(s);
    CHECK(s->expected == 13.0);
    CHECK(s->need == 3.0);
    CHECK(*s->got == 2.5);
    CHECK(*s->completion == 2.5 / 3.0);
    CHECK(*s->score == 100 * (2.5 / 3.0));
    CHECK(s->light == Light::yellow);
    CHECK_FALSE(s->binding_missed);
}

TEST_CASE("target score: lights on the unclamped completion, score clamped") {
    // need 3 (as above); actual 14.5 → got 4.5, completion 1.5: green, score 100.
    // actual 9.4 → got −0.6, completion −0.2: red, score 0.
    Plan p = score_plan();
    Target t = make_target("lit", {2020, 10, {}}, {{2025, 15, {}}});
    auto over = score_target(t, p.scoring, 2023, 14.5);
    CHECK(*over->completion == 1.5);
    CHECK(*over->score == 100.0);
    CHECK(over->light == Light::green);
    auto under = score_target(t, p.scoring, 2023, 9.4);
    CHECK(*under->completion == doctest::Approx(-0.2));
    CHECK(*under->score == 0.0);
    CHECK(under->light == Light::red);
}

TEST_CASE("target score: decrease direction and binding miss") {
    // Baseline (2020, 50), milestone (2025, 40), decrease: expected 2022 = 50 + (−10)·2/5 = 46.
    // need = b − e = 4; actual 47: got = b − a = 3, completion 0.75 → red, score 75.
    // Binding: 47 ≤ 46 fails, so it is missed.
    Plan p = score_plan();
    Target t = make_target("waste", {2020, 50, {}}, {{2025, 40, {}}}, Direction::decrease);
    t.kind = TargetKind::binding;
    auto s = score_target(t, p.scoring, 2022, 47);
    CHECK(s->expected == 46.0);
    CHECK(s->need == 4.0);
    CHECK(*s->got == 3.0);
    CHECK(*s->completion == 0.75);
    CHECK(*s->score == 75.0);
    CHECK(s->light == Light::red);
    CHECK(s->binding_missed);
}

TEST_CASE("target score: need <= 0 gives completion exactly 1 or 0") {
    // Baseline (2020, 10), milestone (2025, 10): need 0. Actual 10 → got 0 ≥ 0 → 1;
    // actual 9 → got −1 < 0 → 0.
    Plan p = score_plan();
    Target t = make_target("flat", {2020, 10, {}}, {{2025, 10, {}}});
    CHECK(*score_target(t, p.scoring, 2022, 10)->completion == 1.0);
    CHECK(*score_target(t, p.scoring, 2022, 9)->completion == 0.0);
    CHECK(completion_of(-2, -3) == 0.0);
    CHECK(completion_of(-2, -2) == 1.0);
}

TEST_CASE("target score: grey without actual, nothing outside the window") {
    Plan p = score_plan();
    Target t = make_target("lit", {2020, 10, {}}, {{2025, 15, {}}});
    auto grey = score_target(t, p.scoring, 2021, std::nullopt);
    REQUIRE(grey);
    CHECK(grey->light == Light::grey);
    CHECK_FALSE(grey->score);
    CHECK_FALSE(grey->completion);
    // Window is baseline.year < Y ≤ last milestone year: 2020 and 2026 are out.
    CHECK_FALSE(score_target(t, p.scoring, 2020, 10));
    CHECK_FALSE(score_target(t, p.scoring, 2026, 16));
    Target no_base = t;
    no_base.baseline.reset();
    CHECK_FALSE(score_target(no_base, p.scoring, 2023, 12));
}
