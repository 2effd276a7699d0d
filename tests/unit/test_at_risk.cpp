// Slipping and at risk over the depends + part-of edges (analysis.md "Slipping and at
// risk"; readings.md items 54–56).
#include <algorithm>

#include <doctest/doctest.h>

#include "at_risk.h"
#include "plan_graph.h"
#include "score_fixtures.h"

using namespace plankit;
using namespace plankit::testing;

namespace {

std::vector<std::string> ids(const Plan& p, const std::vector<std::size_t>& ix) {
    std::vector<std::string> out;
    for (auto i : ix) out.push_back(p.tasks[i].id);
    return out;
}

}  // namespace

TEST_CASE("at risk: transitive, through ancestors, never done, never itself") {
    // 1 blocked (slipping); 2 → 1; 3 → 2 (at risk through 2, blocked by 1 only);
    // 4 → 1 is composite with child 4.1, which inherits 4's dependency; 5 → 1 but done;
    // 6 no record (slipping); 7 → 6 delayed (slipping and at risk); 8 ↔ 9 loop on track;
    // 10 → 10 delayed (self-dependency: never its own blocker).
    Plan p = score_plan();
    p.tasks = {make_task("1"),
               make_task("2", std::nullopt, 1, {}, {"1"}),
               make_task("3", std::nullopt, 1, {}, {"2"}),
               make_task("4", std::nullopt, 1, {}, {"1"}),
               make_task("4.1", "4"),
               make_task("5", std::nullopt, 1, {}, {"1"}),
               make_task("6"),
               make_task("7", std::nullopt, 1, {}, {"6"}),
               make_task("8", std::nullopt, 1, {}, {"9"}),
               make_task("9", std::nullopt, 1, {}, {"8"}),
               make_task("10", std::nullopt, 1, {}, {"10"})};
    PlanGraph g(p);
    Progress pr;
    pr.tasks = {task_record("1", 2022, Status::blocked),    task_record("2", 2022, Status::on_track),
                task_record("3", 2022, Status::on_track),   task_record("4.1", 2022, Status::on_track),
                task_record("5", 2022, Status::done),       task_record("7", 2022, Status::delayed),
                task_record("8", 2022, Status::on_track),   task_record("9", 2022, Status::on_track),
                task_record("10", 2022, Status::delayed)};
    auto scores = score_tasks(g, task_records_for(g, pr, 2022), 2022);
    RiskReport r = find_risks(g, scores);
    CHECK(r.slipping[0]);
    CHECK_FALSE(r.slipping[3]);  // a composite never slips
    CHECK(r.slipping[6]);
    CHECK(ids(p, r.blocked_by[1]) == std::vector<std::string>{"1"});
    CHECK(ids(p, r.blocked_by[2]) == std::vector<std::string>{"1"});
    CHECK(r.at_risk[3]);
    CHECK(ids(p, r.blocked_by[4]) == std::vector<std::string>{"1"});
    CHECK_FALSE(r.at_risk[5]);
    CHECK(r.blocked_by[5].empty());
    CHECK(r.at_risk[7]);
    CHECK(ids(p, r.blocked_by[7]) == std::vector<std::string>{"6"});
    CHECK_FALSE(r.at_risk[8]);
    CHECK_FALSE(r.at_risk[9]);
    CHECK_FALSE(r.at_risk[10]);
    CHECK_FALSE(r.at_risk[0]);
}

TEST_CASE("at risk through tasks that are not due, listed in task order") {
    // 3 → 2 → 1 and 3 → 10; 2 is not due in 2022 (starts 2024) but is followed anyway.
    // 1 and 10 have no record: both slip, so 3 is blocked by 1 and 10 (task order 1 < 10).
    Plan p = score_plan();
    p.tasks = {make_task("10"), make_task("3", std::nullopt, 1, {}, {"10", "2"}),
               make_task("2", std::nullopt, 1, {}, {"1"}), make_task("1")};
    p.tasks[2].eff.start = 2024;
    PlanGraph g(p);
    Progress pr;
    pr.tasks = {task_record("3", 2022, Status::on_track)};
    RiskReport r = find_risks(g, score_tasks(g, task_records_for(g, pr, 2022), 2022));
    CHECK(ids(p, r.blocked_by[1]) == std::vector<std::string>{"1", "10"});
    CHECK_FALSE(r.at_risk[2]);  // not due: not evaluated
}

TEST_CASE("a long chain costs what its answer costs") {
    // 20000 tasks, each depending on the previous; only the first has no record (slips),
    // all others on track. Every other task is blocked by "0" alone.
    Plan p = score_plan();
    Progress pr;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        std::vector<std::string> deps;
        if (i > 0) deps.push_back(std::to_string(i - 1));
        p.tasks.push_back(make_task(std::to_string(i), std::nullopt, 1, {}, deps));
        if (i > 0) pr.tasks.push_back(task_record(std::to_string(i), 2022, Status::on_track));
    }
    PlanGraph g(p);
    RiskReport r = find_risks(g, score_tasks(g, task_records_for(g, pr, 2022), 2022));
    CHECK(ids(p, r.blocked_by[n - 1]) == std::vector<std::string>{"0"});
    CHECK(std::all_of(r.at_risk.begin() + 1, r.at_risk.end(), [](bool b) { return b; }));
}
