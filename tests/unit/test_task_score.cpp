// Task score: leaves from records (progress over status), missing reports, cancelled,
// composites as weighted means (analysis.md "Task score"; readings.md items 28–30).
#include <doctest/doctest.h>

#include "plan_graph.h"
#include "score_fixtures.h"
#include "task_score.h"

using namespace plankit;
using namespace plankit::testing;

TEST_CASE("task scores: status points, progress, missing, cancelled, composite") {
    // Composite 1 (children 1.1 w1, 1.2 w3, 1.3 w1, 1.10 not due until 2024), leaf 2
    // (no record), leaf 3 (done with progress 0.6 → 60: progress wins over status).
    // 1.1 done → 100; 1.2 progress 0.5 → 50; 1.3 cancelled with progress 0.9 → not scored.
    // Composite 1 = (1·100 + 3·50) / (1 + 3) = 250 / 4 = 62.5. Task 2: missing_task_points 0.
    Plan p = score_plan();
    p.tasks = {make_task("1"),       make_task("1.1", "1"), make_task("1.2", "1", 3), make_task("1.3", "1"),
               make_task("1.10", "1"), make_task("2"),        make_task("3")};
    p.tasks[4].eff.start = 2024;
    PlanGraph g(p);
    Progress pr;
    pr.tasks = {task_record("1.1", 2023, Status::done), task_record("1.2", 2023, Status::on_track, 0.5),
                task_record("1.3", 2023, Status::cancelled, 0.9), task_record("3", 2023, Status::done, 0.6),
                task_record("2", 2022, Status::done)};  // another year: ignored
    auto s = score_tasks(g, task_records_for(g, pr, 2023), 2023);
    CHECK(*s[1].score == 100.0);
    CHECK(s[1].basis == TaskBasis::status);
    CHECK(*s[2].score == 50.0);
    CHECK(s[2].basis == TaskBasis::progress);
    CHECK_FALSE(s[3].score);
    CHECK(s[3].basis == TaskBasis::cancelled);
    CHECK_FALSE(s[4].due);
    CHECK(*s[0].score == 62.5);
    CHECK(s[0].children.size() == 2);
    CHECK(*s[5].score == 0.0);
    CHECK(s[5].basis == TaskBasis::missing);
    CHECK(*s[6].score == 60.0);
}

TEST_CASE("task scores: plan's status points and missing points; composite with nothing scored") {
    // on_track 70 (custom), missing_task_points 25. Composite 1 whose only child is cancelled
    // is not scored.
    Plan p = score_plan();
    p.scoring.status_points[static_cast<int>(Status::on_track)] = 70;
    p.scoring.missing_task_points = 25;
    p.tasks = {make_task("1"), make_task("1.1", "1"), make_task("2"), make_task("3")};
    PlanGraph g(p);
    Progress pr;
    pr.tasks = {task_record("1.1", 2022, Status::cancelled), task_record("2", 2022, Status::on_track)};
    auto s = score_tasks(g, task_records_for(g, pr, 2022), 2022);
    CHECK_FALSE(s[0].score);
    CHECK(*s[2].score == 70.0);
    CHECK(*s[3].score == 25.0);
}

TEST_CASE("progress is clamped to [0, 1]") {
    // A progress of 1.2 (never accepted by the loader, but the rule is total) → 100.
    Plan p = score_plan();
    p.tasks = {make_task("1")};
    PlanGraph g(p);
    Progress pr;
    pr.tasks = {task_record("1", 2022, Status::on_track, 1.2)};
    CHECK(*score_tasks(g, task_records_for(g, pr, 2022), 2022)[0].score == 100.0);
}
