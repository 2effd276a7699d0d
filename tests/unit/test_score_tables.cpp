// The tables of the terminal and Markdown score reports: plan order, names, and the words
// of the slipping table.
#include <doctest/doctest.h>

#include "memory_inputs.h"

#include "plan_graph.h"
#include "plan_loader.h"
#include "progress_loader.h"
#include "score_tables.h"
#include "score_writers.h"
#include "year_score.h"

using namespace plankit;

namespace {

// Chapters listed ch3 then ch10 (plain id order would put ch10 first); task 2 waits for
// task 1, which is delayed, so 1 slips and puts 2 at risk.
const char* kPlan = R"(plankit: 1
plan: {id: p, title: P, period: {start: 2021, end: 2023}}
units: [{id: u, name: Unit U}]
goals: [{id: g, title: G}]
chapters: [{id: ch3, title: Three}, {id: ch10, title: Ten}]
targets:
  - {id: share, name: Share of people, goal: g, owner: u,
     baseline: {year: 2020, value: 10}, milestones: [{year: 2023, value: 16}]}
tasks:
  - {id: "1", title: First, chapter: ch3, targets: [share], lead: u}
  - {id: "2", title: Second, chapter: ch10, targets: [share], lead: u, depends_on: ["1"]}
)";

const char* kProgress = R"(plankit-progress: 1
year: 2022
targets: [{id: share, value: 11}]
tasks:
  - {id: "1", status: delayed}
  - {id: "2", status: on_track}
)";

using Scored = testing::LoadedInputs;

Scored load() { return testing::load_from_memory(kPlan, kProgress); }

}  // namespace

TEST_CASE("aggregates are listed in plan order, not by id") {
    Scored in = load();
    PlanGraph graph(in.plan);
    YearScore s = score_year(graph, in.progress, 2022);
    REQUIRE(s.chapters.size() == 2);
    CHECK(s.chapters[0].id == "ch10");  // the model (and JSON) keep id order
    ScoreTable t = aggregate_table(s.chapters, false, Lang::en);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][0] == "ch3");
    CHECK(t.rows[1][0] == "ch10");
    const std::string text = score_to_text(graph.plan(), s, Lang::en, false);
    CHECK(text.find("ch3 ") < text.find("ch10 "));
}

TEST_CASE("the slipping table names what each slipped task puts at risk") {
    // Task 1 is delayed: 50 points (status_points.delayed); task 2 depends on it.
    Scored in = load();
    PlanGraph graph(in.plan);
    YearScore s = score_year(graph, in.progress, 2022);
    ScoreTable t = slipping_table(graph.plan(), s, Lang::en);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.header[5] == "Puts at risk");
    CHECK(t.rows[0] == std::vector<std::string>{"1", "First", "Unit U", "delayed", "50", "2", ""});
    CHECK(slipping_table(graph.plan(), s, Lang::zh).header[5] == "受影响任务");
    CHECK(label(Lang::zh, "at_risk") != label(Lang::zh, "puts_at_risk"));
}

TEST_CASE("the slipping table shows each slipping task's own list of what it endangers") {
    // Rows edited by hand: task 2 slips as well and puts 1 at risk; task 1 puts 2 at
    // risk (as scored).
    Scored in = load();
    PlanGraph graph(in.plan);
    YearScore s = score_year(graph, in.progress, 2022);
    REQUIRE(s.tasks.size() == 2);
    s.tasks[1].slipping = true;
    s.tasks[1].puts_at_risk = {"1"};
    ScoreTable t = slipping_table(graph.plan(), s, Lang::en);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0][5] == "2");
    CHECK(t.rows[1].front() == "2");
    CHECK(t.rows[1][5] == "1");
}

TEST_CASE("the score lists what each slipping task puts at risk, once, in task order") {
    // 1 is delayed and slips; 2 waits for 1 and 3 for 2 and 1, so both are at risk with
    // 1 in their blocked_by; 4 waits for nothing. 1 puts 2 and 3 at risk, in task order,
    // 3 once although it waits for 1 along two ways; the others put nothing at risk.
    const char* plan = R"(plankit: 1
plan: {id: p, title: P, period: {start: 2021, end: 2023}}
units: [{id: u, name: U}]
tasks:
  - {id: "1", title: A, lead: u}
  - {id: "2", title: B, lead: u, depends_on: ["1"]}
  - {id: "3", title: C, lead: u, depends_on: ["2", "1"]}
  - {id: "4", title: D, lead: u}
)";
    const char* progress = R"(plankit-progress: 1
year: 2022
tasks:
  - {id: "1", status: delayed}
  - {id: "2", status: on_track}
  - {id: "3", status: on_track}
  - {id: "4", status: on_track}
)";
    Scored in = testing::load_from_memory(plan, progress);
    PlanGraph graph(in.plan);
    YearScore s = score_year(graph, in.progress, 2022);
    REQUIRE(s.tasks.size() == 4);
    CHECK(s.tasks[0].puts_at_risk == std::vector<std::string>{"2", "3"});
    CHECK(s.tasks[1].puts_at_risk.empty());
    CHECK(s.tasks[2].puts_at_risk.empty());
    CHECK(s.tasks[3].puts_at_risk.empty());
    CHECK(slipping_table(graph.plan(), s, Lang::en).rows.at(0).at(5) == "2, 3");
}

TEST_CASE("a record's note stands beside its slipping or endangered task, a target's source beside its actual") {
    // 1 is blocked with a note and slips; 2 waits for 1, so it is at risk, and says why in
    // its own note; 3 is on track without a note. The target's record names its source.
    const char* plan = R"(plankit: 1
plan: {id: p, title: P, period: {start: 2021, end: 2023}}
units: [{id: u, name: U}]
targets:
  - {id: t, name: T, baseline: {year: 2020, value: 0}, milestones: [{year: 2023, value: 3}]}
tasks:
  - {id: "1", title: A, lead: u, targets: [t]}
  - {id: "2", title: B, lead: u, depends_on: ["1"]}
  - {id: "3", title: C, lead: u}
)";
    const char* progress = R"(plankit-progress: 1
year: 2022
targets:
  - {id: t, value: 2, source: 区统计局}
tasks:
  - {id: "1", status: blocked, note: "农技协注册未获批,待区民政局审核"}
  - {id: "2", status: on_track, note: 等待任务1}
  - {id: "3", status: on_track}
)";
    Scored in = testing::load_from_memory(plan, progress);
    PlanGraph graph(in.plan);
    YearScore s = score_year(graph, in.progress, 2022);
    ScoreTable slipping = slipping_table(graph.plan(), s, Lang::zh);
    REQUIRE(slipping.rows.size() == 1);
    CHECK(slipping.header.back() == "说明");
    CHECK(slipping.rows[0].back() == "农技协注册未获批,待区民政局审核");
    ScoreTable at_risk = at_risk_table(graph.plan(), s, Lang::en);
    REQUIRE(at_risk.rows.size() == 1);
    CHECK(at_risk.header.back() == "Note");
    CHECK(at_risk.rows[0].back() == "等待任务1");
    ScoreTable targets = target_table(graph.plan(), s, Lang::en);
    REQUIRE(targets.rows.size() == 1);
    CHECK(targets.header.back() == "Source");
    CHECK(targets.rows[0].back() == "区统计局");
}

TEST_CASE("the terminal report shows names beside ids") {
    Scored in = load();
    PlanGraph graph(in.plan);
    YearScore s = score_year(graph, in.progress, 2022);
    const std::string text = score_to_text(graph.plan(), s, Lang::en, false);
    CHECK(text.find("Share of people") != std::string::npos);  // the target's name
    CHECK(text.find("Second") != std::string::npos);           // the task at risk
    CHECK(text.find("Yearly score 2022: P (p)") != std::string::npos);
}
