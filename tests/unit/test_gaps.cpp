// The gap analysis on plans built by hand: each rule of analysis.md's table, the
// allocation arithmetic and the finding order of readings.md item 46.
#include <algorithm>
#include <memory>

#include <doctest/doctest.h>

#include "allocation.h"
#include "finding_message.h"
#include "finding_order.h"
#include "gaps.h"
#include "gaps_writers.h"
#include "plan_graph.h"

using namespace plankit;

namespace {

Location at(int line) {
    static const auto file = std::make_shared<const std::string>("plan.yaml");
    return Location{file, line, 5};
}

YearValue yv(int year, double value) { return YearValue{year, value, {}}; }

Unit unit(std::string id, std::optional<std::string> parent = std::nullopt) {
    Unit u;
    u.id = std::move(id);
    u.name = u.id;
    u.parent = std::move(parent);
    return u;
}

// A leaf task of 2021..2022 with milestones in both years, led by u1, serving g1.
Task task(std::string id) {
    Task t;
    t.id = std::move(id);
    t.title = t.id;
    t.eff.start = 2021;
    t.eff.end = 2022;
    t.eff.lead = {"u1"};
    t.eff.goals = {"g1"};
    t.milestones = {TaskMilestone{2021, "a", {}, {}, {}}, TaskMilestone{2022, "b", {}, {}, {}}};
    return t;
}

// A plan with no gaps at all: g1 measured by t1 (baseline, owner, advanced by task 1).
Plan clean_plan() {
    Plan p;
    p.id = "p";
    p.start = 2021;
    p.end = 2022;
    p.units = {unit("u1")};
    Goal g;
    g.id = "g1";
    p.goals = {g};
    Target t;
    t.id = "t1";
    t.goal = "g1";
    t.owner = "u1";
    t.baseline = yv(2020, 0);
    t.milestones = {yv(2022, 10)};
    p.targets = {t};
    Task t1 = task("1");
    t1.eff.targets = {"t1"};
    p.tasks = {t1};
    return p;
}

GapReport gaps_of(const Plan& p) { return find_gaps(PlanGraph(p)); }

std::string message(const GapFinding& f) { return finding_message(f, Lang::en); }

std::vector<std::string> codes(const GapReport& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings) out.push_back(f.code + " " + f.subject);
    return out;
}

}  // namespace

TEST_CASE("a plan without defects has no findings") {
    Plan p = clean_plan();
    GapReport r = gaps_of(p);
    CHECK(r.plan == "p");
    CHECK(r.findings.empty());
    CHECK(r.counts.error + r.counts.warning + r.counts.info == 0);
}

TEST_CASE("targets and goals: coverage, baseline, owner") {
    Plan p = clean_plan();
    p.targets[0].baseline.reset();
    p.targets[0].owner.reset();
    p.tasks[0].eff.targets.clear();
    p.tasks[0].eff.goals.clear();
    p.tasks[0].eff.targets = {};
    Goal g2;
    g2.id = "g2";
    p.goals.push_back(g2);
    p.units.push_back(unit("u2"));
    GapReport r = gaps_of(p);
    // t1 has no task, so g1 has none either (task 1 serves nothing now); g2 is measured
    // by nothing and served by nothing; u2 has no work; u1 still leads task 1.
    CHECK(codes(r) == std::vector<std::string>{
                          "goal-without-task goal:g1",
                          "goal-without-task goal:g2",
                          "target-without-task target:t1",
                          "goal-without-target goal:g2",
                          "target-without-baseline target:t1",
                          "target-without-owner target:t1",
                          "task-without-goal task:1",
                          "unit-without-work unit:u2",
                      });
    CHECK(r.counts.error == 3);
    CHECK(r.counts.warning == 4);
    CHECK(r.counts.info == 1);
}

TEST_CASE("a goal is served through the targets that measure it") {
    Plan p = clean_plan();
    p.tasks[0].eff.goals.clear();  // task 1 still advances t1, which measures g1
    CHECK(gaps_of(p).findings.empty());
}

TEST_CASE("tasks: lead, schedule and milestones") {
    Plan p = clean_plan();
    Task parent = task("2");
    parent.eff.lead.clear();
    parent.eff.start = 2022;
    parent.depends_on = {"3"};
    parent.milestones = {TaskMilestone{2020, "too early", {}, {}, at(40)}};
    Task child = task("2.1");
    child.parent = "2";
    child.eff.lead.clear();  // inherited the empty lead
    child.eff.end = 2025;    // milestones 2021, 2022: 2023..2025 missing
    Task later = task("3");
    later.eff.start = 2022;  // 2 starts in 2022 too: no conflict
    later.milestones = {TaskMilestone{2022, "b", {}, {}, {}}};
    Task early = task("4");
    early.depends_on = {"3"};  // 4 starts in 2021 < 2022
    p.tasks.insert(p.tasks.end(), {parent, child, later, early});
    GapReport r = gaps_of(p);
    CHECK(codes(r) == std::vector<std::string>{
                          "task-without-lead task:2",
                          "task-without-lead task:2.1",
                          "milestone-missing task:2.1",
                          "milestone-out-of-span task:2",
                          "schedule-conflict task:4",
                      });
    // Composite 2 is never asked for milestones; its one milestone is out of its span.
    auto missing = std::find_if(r.findings.begin(), r.findings.end(),
                                [](const GapFinding& f) { return f.code == "milestone-missing"; });
    CHECK(message(*missing).find("2023..2025") != std::string::npos);
    CHECK(missing->args[1].years == std::vector<int>{2023, 2024, 2025});
    auto span = std::find_if(r.findings.begin(), r.findings.end(),
                             [](const GapFinding& f) { return f.code == "milestone-out-of-span"; });
    CHECK(span->loc.line == 40);  // at the milestone, not the task
}

TEST_CASE("dependency cycles: one finding per loop, the shortest loop through the smallest id") {
    Plan p = clean_plan();
    // 8 -> 9 -> 10 -> 8 and 8 -> 10: the shortest loop through 8 is 8 -> 10 -> 8.
    // 11 depends on itself. 12 depends on 8 but is in no loop.
    for (const char* id : {"8", "9", "10", "11", "12"}) {
        Task t = task(id);
        t.eff.targets = {"t1"};
        p.tasks.push_back(t);
    }
    p.tasks[1].depends_on = {"9", "10"};
    p.tasks[2].depends_on = {"10"};
    p.tasks[3].depends_on = {"8"};
    p.tasks[4].depends_on = {"11"};
    p.tasks[5].depends_on = {"8"};
    GapReport r = gaps_of(p);
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].subject == "task:8");
    CHECK(message(r.findings[0]).find("8 -> 10 -> 8 (3 tasks in the cycle: 8, 9, 10)") != std::string::npos);
    CHECK(r.findings[1].subject == "task:11");
    CHECK(message(r.findings[1]).find("11 -> 11 (1 task in the cycle: 11)") != std::string::npos);
}

TEST_CASE("allocation years: due from the milestone, else the trajectory; shares summed") {
    Target t;
    t.id = "t";
    t.additive = true;
    t.baseline = yv(2020, 0);
    t.milestones = {yv(2023, 50), yv(2025, 100)};
    t.allocations = {
        Allocation{"u1", 30, 2023, {}}, Allocation{"u2", 30, 2023, {}}, Allocation{"u1", 70, 2024, {}},
        Allocation{"u2", 5, 2024, {}},  Allocation{"u1", 1, 2030, {}},  Allocation{"u1", 2, 2024, {}},
    };
    auto rows = allocation_years(t);
    REQUIRE(rows.size() == 3);
    // 2023: milestone 50, 30 + 30 = 60 allocated: excess 10.
    CHECK(rows[0].year == 2023);
    CHECK(rows[0].due == 50.0);
    CHECK(rows[0].allocated == 60.0);
    CHECK(rows[0].excess == 10.0);
    CHECK(rows[0].shortfall == 0.0);
    // 2024: trajectory 50 + (100 − 50)·1/2 = 75; u1 70 + 2 = 72, u2 5: 77, excess 2.
    CHECK(rows[1].due == 75.0);
    REQUIRE(rows[1].units.size() == 2);
    CHECK(rows[1].units[0].unit == "u1");
    CHECK(rows[1].units[0].value == 72.0);
    CHECK(rows[1].allocated == 77.0);
    CHECK(rows[1].excess == 2.0);
    // 2030: after the last milestone, nothing is due.
    CHECK_FALSE(rows[2].due);
    CHECK_FALSE(rows[2].shortfall);
}

TEST_CASE("allocations without a baseline are due only in milestone years") {
    Target t;
    t.milestones = {yv(2023, 50), yv(2025, 100)};
    t.allocations = {Allocation{"u1", 40, 2025, {}}, Allocation{"u1", 40, 2024, {}}};
    auto rows = allocation_years(t);
    REQUIRE(rows.size() == 2);
    CHECK_FALSE(rows[0].due);               // 2024: no trajectory without a baseline
    CHECK(rows[1].shortfall == 60.0);       // 2025: 100 − 40
}

TEST_CASE("allocation findings per target and year") {
    Plan p = clean_plan();
    p.targets[0].additive = true;
    p.targets[0].milestones = {yv(2021, 4), yv(2022, 10)};
    p.targets[0].allocations = {Allocation{"u1", 3, 2021, {}}, Allocation{"u1", 12, 2022, {}}};
    GapReport r = gaps_of(p);
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].code == "allocation-shortfall");  // 2021: 3 of 4, short by 1
    CHECK(message(r.findings[0]).find("short by 1") != std::string::npos);
    CHECK(r.findings[1].code == "allocation-excess");  // 2022: 12 of 10, 2 over
    CHECK(r.findings[1].severity == Severity::info);
}

TEST_CASE("unit overload counts leaf tasks led in any position") {
    Plan p = clean_plan();
    p.scoring.max_lead_tasks = 1;
    p.units.push_back(unit("u2"));
    Task t2 = task("2");
    t2.eff.lead = {"u2", "u1"};  // u1 as a second lead still counts
    p.tasks.push_back(t2);
    GapReport r = gaps_of(p);
    CHECK(codes(r) == std::vector<std::string>{"unit-overload unit:u1"});
}

TEST_CASE("a unit is busy when a unit below it works") {
    Plan p = clean_plan();
    p.units.push_back(unit("top"));
    p.units.push_back(unit("mid", "top"));
    p.units.push_back(unit("low", "mid"));
    p.tasks[0].eff.support = {"low"};
    CHECK(gaps_of(p).findings.empty());
}

TEST_CASE("finding order: severity, code, subject with task order, the message's values") {
    auto year = [](int y) { return std::vector<FindingArg>{FindingArg::of_whole("year", y)}; };
    std::vector<GapFinding> fs = {
        {"b", Severity::warning, "task:10", {}, {}}, {"b", Severity::warning, "task:9", {}, {}},
        {"a", Severity::info, "goal:a", {}, {}},     {"b", Severity::warning, "goal:z", {}, {}},
        {"z", Severity::error, "unit:u", year(2030), {}}, {"z", Severity::error, "unit:u", year(2025), {}},
    };
    sort_findings(fs);
    std::vector<std::string> got;
    for (const auto& f : fs) got.push_back(f.subject + (f.args.empty() ? "" : arg_text(f.args[0])));
    CHECK(got == std::vector<std::string>{"unit:u2025", "unit:u2030", "goal:z", "task:9", "task:10", "goal:a"});
}

TEST_CASE("fail-on: at or above the level") {
    std::vector<GapFinding> fs = {{"x", Severity::warning, "goal:g", {}, {}}};
    CHECK_FALSE(any_at_or_above(fs, Severity::error));
    CHECK(any_at_or_above(fs, Severity::warning));
    CHECK(any_at_or_above(fs, Severity::info));
    CHECK_FALSE(any_at_or_above(fs, std::nullopt));
}

TEST_CASE("writers: JSON shape and CSV rows") {
    GapReport r;
    r.plan = "p";
    r.findings = {{"task-without-lead", Severity::error, "task:1", {FindingArg::of_text("task", "1")}, at(3)}};
    r.counts.add(Severity::error);
    std::string json = gaps_to_json(r, Lang::en);
    CHECK(json.find("\"location\": \"plan.yaml:3:5\"") != std::string::npos);
    CHECK(json.find("\"counts\"") != std::string::npos);
    CHECK(json.find("\"message\": \"task 1 has no lead unit; name one in lead\"") != std::string::npos);
    CHECK(json.find("\"task\": \"1\"") != std::string::npos);  // in args, the same in every language
    CHECK(gaps_to_json(r, Lang::zh).find("\"task\": \"1\"") != std::string::npos);
    std::string csv = gaps_to_csv(r, Lang::en);
    CHECK(csv == "severity,code,subject,message,location\r\n"
                 "error,task-without-lead,task:1,task 1 has no lead unit; name one in lead,plan.yaml:3:5\r\n");
}
