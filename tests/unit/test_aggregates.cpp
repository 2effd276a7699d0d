// Weighted means and aggregates: plan, chapter, goal, unit (analysis.md "Weighted mean and
// aggregates"; readings.md items 59–63), and the ratings.
#include <doctest/doctest.h>

#include "aggregates.h"
#include "plan_graph.h"
#include "score_fixtures.h"
#include "weighted_mean.h"
#include "year_score.h"

using namespace plankit;
using namespace plankit::testing;

TEST_CASE("weighted mean: null when empty or weights sum to 0") {
    // (2·50 + 1·80) / (2 + 1) = 180 / 3 = 60.
    CHECK(*weighted_mean({{"a", 2, 50, {}}, {"b", 1, 80, {}}}) == 60.0);
    CHECK_FALSE(weighted_mean({}));
    CHECK_FALSE(weighted_mean({{"a", 0, 50, {}}}));
}

TEST_CASE("combining components and ratings") {
    Plan p = score_plan();
    // (40·50 + 60·70) / (40 + 60) = (2000 + 4200) / 100 = 62.
    CHECK(*combine_components(50.0, 70.0, p.scoring) == 62.0);
    CHECK(*combine_components(std::nullopt, 70.0, p.scoring) == 70.0);
    CHECK(*combine_components(50.0, std::nullopt, p.scoring) == 50.0);
    CHECK_FALSE(combine_components(std::nullopt, std::nullopt, p.scoring));
    CHECK(*rating_of(90.0, p.scoring) == "excellent");
    CHECK(*rating_of(89.9, p.scoring) == "good");
    CHECK_FALSE(rating_of(std::nullopt, p.scoring));
    p.scoring.ratings = {{10, "ok"}};
    CHECK_FALSE(rating_of(5.0, p.scoring));  // below every band
}

// Units A, B, C, D; target t owned by A (baseline (2020, 0), milestone (2025, 10));
// tasks 1 (lead A), 2 (lead B, support A, weight 2), 3 (lead C and B, support B),
// 3.1 (child of 3, inherits lead C, B and support B). Chapter c1 holds 1 and 3; goal g1
// is measured by t and served directly by 2.
struct UnitPlan {
    Plan plan = build();
    static Plan build() {
        Plan p = score_plan();
        p.units = {{"A", "A", "", {}, {}, {}, {}}, {"B", "B", "", {}, {}, {}, {}},
                   {"C", "C", "", {}, {}, {}, {}}, {"D", "D", "", {}, {}, {}, {}}};
        p.goals = {Goal{"g1", "G", "", 1, {}}};
        p.chapters = {Chapter{"c1", "C1", 1, {}}};
        p.targets = {make_target("t", {2020, 0, {}}, {{2025, 10, {}}})};
        p.targets[0].owner = "A";
        p.targets[0].goal = "g1";
        p.tasks = {make_task("1", std::nullopt, 1, {"A"}), make_task("2", std::nullopt, 2, {"B"}),
                   make_task("3", std::nullopt, 1, {"C", "B"}), make_task("3.1", "3", 1, {"C", "B"})};
        p.tasks[0].chapter = "c1";
        p.tasks[2].chapter = "c1";
        p.tasks[3].chapter = "c2";  // a subtask's own chapter does not count
        p.tasks[1].eff.support = {"A"};
        p.tasks[1].eff.goals = {"g1"};
        p.tasks[2].eff.support = {"B"};
        p.tasks[3].eff.support = {"B"};
        return p;
    }
};

TEST_CASE("aggregates of plan, chapter, goal and unit") {
    // 2023: t expected 0 + 10·3/5 = 6, actual 3 → completion 0.5, score 50.
    // Tasks: 1 done 100; 2 progress 0.4 → 40; 3.1 done 100 → 3 = 100.
    UnitPlan up;
    PlanGraph g(up.plan);
    Progress pr;
    pr.targets = {target_record("t", 2023, 3)};
    pr.tasks = {task_record("1", 2023, Status::done), task_record("2", 2023, Status::on_track, 0.4),
                task_record("3.1", 2023, Status::done)};
    YearScore s = score_year(g, pr, 2023);
    // Plan: targets 50; top-level tasks (1·100 + 2·40 + 1·100) / 4 = 280 / 4 = 70;
    // score (40·50 + 60·70) / 100 = 62.
    CHECK(*s.overall.targets == 50.0);
    CHECK(*s.overall.tasks == 70.0);
    CHECK(*s.overall.score == 62.0);
    CHECK(*s.overall.rating == "pass");
    // Chapter c1: tasks 1 and 3 → (100 + 100) / 2 = 100; no targets.
    CHECK(*s.chapters[0].aggregate.score == 100.0);
    CHECK_FALSE(s.chapters[0].aggregate.targets);
    // Goal g1: target t (50); tasks serving it directly (2) → 40; (40·50 + 60·40)/100 = 44.
    CHECK(*s.goals[0].aggregate.score == 44.0);
    // Unit A: owns t (50); leads 1 (w1, 100), supports 2 (w 2·0.5 = 1, 40) → 140/2 = 70; 62.
    CHECK(*s.units[0].aggregate.tasks == 70.0);
    CHECK(*s.units[0].aggregate.score == 62.0);
    // Unit B: leads 2 (w2, 40), 3 (w1, 100), 3.1 (w1, 100); lead wins over support on 3 and
    // 3.1 → (80 + 100 + 100) / 4 = 70.
    CHECK(*s.units[1].aggregate.score == 70.0);
    REQUIRE(s.units[1].aggregate.task_terms.size() == 3);
    CHECK(s.units[1].aggregate.task_terms[1].weight == 1.0);
    // Unit C: leads 3 and 3.1 → 100. Unit D: nothing → null score and rating.
    CHECK(*s.units[2].aggregate.score == 100.0);
    CHECK_FALSE(s.units[3].aggregate.score);
    CHECK_FALSE(s.units[3].aggregate.rating);
}

TEST_CASE("grey targets stay out of aggregates and give missing-data; previous year") {
    // No target record in 2023: the plan score is the tasks side alone, 70 as above.
    // Records exist for 2022 (task 1 done), so `previous` is the 2022 score: tasks 1 → 100,
    // 2 and 3.1 missing → 0, 3 = 0: (100 + 0 + 0) / 4 = 25.
    UnitPlan up;
    PlanGraph g(up.plan);
    Progress pr;
    pr.tasks = {task_record("1", 2023, Status::done), task_record("2", 2023, Status::on_track, 0.4),
                task_record("3.1", 2023, Status::done), task_record("1", 2022, Status::done)};
    YearScore s = score_year(g, pr, 2023);
    CHECK(*s.overall.score == 70.0);
    REQUIRE(s.findings.size() == 1);
    CHECK(s.findings[0].code == "missing-data");
    REQUIRE(s.previous);
    CHECK(s.previous->year == 2022);
    CHECK(*s.previous->score == 25.0);
}
