// What-if scenarios: reading `--assume`, the records it makes, and what moved
// (cycle.md, "Scenarios").
#include <doctest/doctest.h>

#include "error_text.h"
#include "plan_graph.h"
#include "scenario.h"
#include "score_fixtures.h"
#include "year_score.h"

using namespace plankit;
using namespace plankit::testing;

namespace {

// Unit A; target t (baseline (2020, 0), milestone (2025, 10)) advanced by task 1; task 2
// depends on 1; task 3 has a subtask 3.1.
Plan scenario_plan() {
    Plan p = score_plan();
    p.units = {{"A", "A", "", {}, {}, {}, {}}};
    p.targets = {make_target("t", {2020, 0, {}}, {{2025, 10, {}}})};
    p.tasks = {make_task("1", std::nullopt, 1, {"A"}), make_task("2", std::nullopt, 1, {"A"}, {"1"}),
               make_task("3", std::nullopt, 1, {"A"}), make_task("3.1", "3", 1, {"A"})};
    p.tasks[0].eff.targets = {"t"};
    return p;
}

// The errors worded in English.
std::vector<std::string> errors_of(const PlanGraph& g, std::vector<std::string> words) {
    std::vector<Message> errors;
    read_assumptions(g, words, errors);
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(message_text(e, Lang::en));
    return out;
}

bool has(const std::vector<std::string>& errors, const std::string& words) {
    for (const auto& e : errors)
        if (e.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("assumptions: statuses in either language, progress, target values") {
    Plan p = scenario_plan();
    PlanGraph g(p);
    std::vector<Message> errors;
    auto a = read_assumptions(g, {"task:1=已完成", "task:2=0.5", "target:t=4"}, errors);
    REQUIRE(errors.empty());
    REQUIRE(a.size() == 3);
    CHECK(a[0].kind == Assumption::Kind::task_status);
    CHECK(*a[0].status == Status::done);
    CHECK(a[0].value == "已完成");  // kept as written, for the output
    CHECK(a[1].kind == Assumption::Kind::task_progress);
    CHECK(a[1].number == 0.5);
    CHECK(a[2].kind == Assumption::Kind::target_value);
    CHECK(a[2].number == 4.0);
}

TEST_CASE("assumptions: every mistake is a usage error, with did you mean") {
    Plan p = scenario_plan();
    PlanGraph g(p);
    CHECK(has(errors_of(g, {"task:22=done"}), "did you mean '2'"));
    CHECK(has(errors_of(g, {"target:tt=1"}), "did you mean 't'"));
    CHECK(has(errors_of(g, {"task:3=done"}), "has subtasks"));
    CHECK(has(errors_of(g, {"task:1=1.2"}), "not between 0 and 1"));
    CHECK(has(errors_of(g, {"task:1=-0.1"}), "not between 0 and 1"));
    CHECK(has(errors_of(g, {"task:1=donee"}), "did you mean 'done'"));
    CHECK(has(errors_of(g, {"target:t=lots"}), "not a number"));
    CHECK(has(errors_of(g, {"target:t=nan"}), "not a number"));
    CHECK(has(errors_of(g, {"task:1=done", "task:1=0.5"}), "assumed twice"));
    CHECK(has(errors_of(g, {"unit:A=done"}), "unknown kind"));
    CHECK(has(errors_of(g, {"task:1"}), "expected task:ID=VALUE"));
    CHECK(errors_of(g, {"task:1=0", "task:2=1"}).empty());  // both ends of the range
}

TEST_CASE("assumed records replace the year's record or are added; other years stay") {
    Plan p = scenario_plan();
    PlanGraph g(p);
    Progress pr;
    pr.targets = {target_record("t", 2022, 3), target_record("t", 2021, 1)};
    pr.tasks = {task_record("1", 2022, Status::blocked, 0.2), task_record("2", 2022, Status::delayed),
                task_record("1", 2021, Status::on_track)};
    std::vector<Message> errors;
    auto a = read_assumptions(g, {"task:1=done", "task:2=0.6", "task:3.1=0.4", "target:t=5"}, errors);
    Progress out = with_assumptions(g, pr, a, 2022);
    auto find_task = [&](const std::string& id, int year) -> const TaskRecord* {
        for (const auto& r : out.tasks) if (r.id == id && r.year == year) return &r;
        return nullptr;
    };
    // A status replaces the record and drops its progress.
    CHECK(find_task("1", 2022)->status == Status::done);
    CHECK_FALSE(find_task("1", 2022)->progress);
    // A progress keeps the recorded status.
    CHECK(find_task("2", 2022)->status == Status::delayed);
    CHECK(*find_task("2", 2022)->progress == 0.6);
    // No record: added, on track.
    CHECK(find_task("3.1", 2022)->status == Status::on_track);
    CHECK(*find_task("3.1", 2022)->progress == 0.4);
    CHECK(find_task("1", 2021)->status == Status::on_track);
    CHECK(out.tasks.size() == 4);
    // The target's 2022 actual is replaced, 2021 kept.
    REQUIRE(out.targets.size() == 2);
    for (const auto& r : out.targets) CHECK(r.value == (r.year == 2022 ? 5.0 : 1.0));
}

TEST_CASE("a scenario is scored in full and lists what moved") {
    // 2022: t expected 0 + 10·2/5 = 4, actual 2: completion 0.5, red, score 50. Task 1
    // blocked (0) is slipping, so 2 (on track, 80), which depends on it, is at risk, and so
    // is t, which 1 advances; 3.1 done → 3 = 100. Tasks (0 + 80 + 100) / 3 = 60; plan
    // (40·50 + 60·60) / 100 = 56: fail.
    // Assume task 1 done and t = 4: t completion 1, green, 100, class ahead (4 < 10); tasks
    // (100 + 80 + 100) / 3 = 93.33; plan (40·100 + 60·93.33) / 100 = 96: excellent. Task 2
    // and t are no longer at risk.
    Plan p = scenario_plan();
    PlanGraph g(p);
    Progress pr;
    pr.targets = {target_record("t", 2022, 2)};
    pr.tasks = {task_record("1", 2022, Status::blocked), task_record("2", 2022, Status::on_track),
                task_record("3.1", 2022, Status::done)};
    std::vector<Message> errors;
    auto a = read_assumptions(g, {"task:1=done", "target:t=4"}, errors);
    YearScore s = score_scenario(g, pr, 2022, a);
    REQUIRE(s.scenario);
    CHECK(*s.scenario->actual_score == doctest::Approx(56.0));
    CHECK(*s.scenario->actual_rating == "fail");
    CHECK(*s.overall.score == doctest::Approx(96.0));
    auto moved = [&](const std::string& subject, const std::string& field) -> const ScenarioChange* {
        for (const auto& c : s.scenario->changes) if (c.subject == subject && c.field == field) return &c;
        return nullptr;
    };
    REQUIRE(moved("plan:p", "score"));
    CHECK(std::get<double>(moved("plan:p", "score")->to) == doctest::Approx(96.0));
    REQUIRE(moved("plan:p", "rating"));
    CHECK(std::get<std::string>(moved("plan:p", "rating")->to) == "excellent");
    REQUIRE(moved("target:t", "light"));
    CHECK(std::get<std::string>(moved("target:t", "light")->from) == "red");
    REQUIRE(moved("target:t", "class"));
    CHECK(std::get<std::string>(moved("target:t", "class")->to) == "ahead");
    REQUIRE(moved("target:t", "at_risk"));
    CHECK(std::get<bool>(moved("target:t", "at_risk")->from));
    REQUIRE(moved("task:2", "at_risk"));
    CHECK_FALSE(std::get<bool>(moved("task:2", "at_risk")->to));
    REQUIRE(moved("task:1", "status"));
    CHECK(std::get<std::string>(moved("task:1", "status")->to) == "done");
    CHECK_FALSE(moved("task:3", "score"));  // nothing moved there
    CHECK_FALSE(moved("task:2", "score"));
}
