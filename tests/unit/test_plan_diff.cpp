// Plan revisions (cycle.md, "Revisions"): pairing by id, fields old → new, the expected
// values that follow from a moved milestone, and the work plans that gain or lose a task.
#include <doctest/doctest.h>

#include "diff_writers.h"
#include "file_source.h"
#include "plan_diff.h"
#include "plan_loader.h"

using namespace plankit;

namespace {

const char* kOld = R"(plankit: 1
plan: {id: lin, title: Linear, period: {start: 2021, end: 2025}}
units:
  - {id: u1, name: Unit one}
goals:
  - {id: g1, title: Goal one}
chapters:
  - {id: c1, title: Chapter one}
targets:
  - id: lit
    name: Literacy
    goal: g1
    baseline: {year: 2020, value: 10}
    milestones:
      - {year: 2025, value: 15}
tasks:
  - {id: "1", title: Do it, chapter: c1, targets: [lit], lead: u1}
  - {id: "3", title: Drop it, chapter: c1, lead: u1}
)";

// u2 added; the 2025 milestone 15 → 16; task 1 moves from u1 to u2; task 3 dropped, 2 added.
const char* kNew = R"(plankit: 1
plan: {id: lin, title: Linear, period: {start: 2021, end: 2025}}
units:
  - {id: u1, name: Unit one}
  - {id: u2, name: Unit two}
goals:
  - {id: g1, title: Goal one}
chapters:
  - {id: c1, title: Chapter one}
targets:
  - id: lit
    name: Literacy
    goal: g1
    baseline: {year: 2020, value: 10}
    milestones:
      - {year: 2025, value: 16}
tasks:
  - {id: "1", title: Do it, chapter: c1, targets: [lit], lead: u2}
  - {id: "2", title: New one, chapter: c1, lead: u1}
)";

Plan load(const MemoryFiles& files, const std::string& path = "plan.yaml") {
    Diagnostics diags;
    auto plan = load_plan(path, files, diags);
    REQUIRE(plan);
    return std::move(*plan);
}

Plan load_text(const char* yaml) {
    MemoryFiles files;
    files.add("plan.yaml", yaml);
    return load(files);
}

}  // namespace

TEST_CASE("diff: a plan against itself is no change") {
    const Plan p = load_text(kOld);
    const PlanDiff d = diff_plans(p, p);
    CHECK(d.same());
    CHECK(d.added + d.removed + d.changed == 0);
    CHECK(d.trajectories.empty());
    CHECK(d.workplans.empty());
}

TEST_CASE("diff: added, removed and changed in the order of the spec") {
    const PlanDiff d = diff_plans(load_text(kOld), load_text(kNew));
    // units (u2 added), targets (lit's milestone), tasks in the new order (1 changed, 2
    // added), then the removed task 3.
    REQUIRE(d.entries.size() == 5);
    CHECK(d.entries[0].subject == "unit:u2");
    CHECK(d.entries[0].change == DiffChange::added);
    CHECK(d.entries[1].subject == "target:lit");
    CHECK(d.entries[1].field == "milestones.2025");
    CHECK(std::get<double>(d.entries[1].old_value) == 15);
    CHECK(std::get<double>(d.entries[1].new_value) == 16);
    CHECK(d.entries[2].subject == "task:1");
    CHECK(d.entries[2].field == "lead");
    CHECK(std::get<std::string>(d.entries[2].old_value) == "u1");
    CHECK(std::get<std::string>(d.entries[2].new_value) == "u2");
    CHECK(d.entries[3].subject == "task:2");
    CHECK(d.entries[3].change == DiffChange::added);
    CHECK(d.entries[4].subject == "task:3");
    CHECK(d.entries[4].change == DiffChange::removed);
    // What an added or removed task is called rides along, on its side only.
    CHECK(std::get<std::string>(d.entries[3].new_value) == "New one");
    CHECK(std::holds_alternative<std::monostate>(d.entries[3].old_value));
    CHECK(std::get<std::string>(d.entries[4].old_value) == "Drop it");
    CHECK(d.added == 2);
    CHECK(d.removed == 1);
    CHECK(d.changed == 2);
}

TEST_CASE("diff: a moved milestone moves the expected value of every year before it") {
    const PlanDiff d = diff_plans(load_text(kOld), load_text(kNew));
    REQUIRE(d.trajectories.size() == 1);
    const auto& years = d.trajectories[0].years;
    // Old: 10 in 2020 to 15 in 2025, +1 a year. New: to 16, +1.2 a year.
    REQUIRE(years.size() == 5);
    CHECK(years[0].year == 2021);
    CHECK(*years[0].old_value == doctest::Approx(11));
    CHECK(*years[0].new_value == doctest::Approx(11.2));
    CHECK(*years[2].old_value == doctest::Approx(13));
    CHECK(*years[2].new_value == doctest::Approx(13.6));
    CHECK(*years[4].old_value == doctest::Approx(15));
    CHECK(*years[4].new_value == doctest::Approx(16));
}

TEST_CASE("diff: the work plans that gain or lose a task") {
    const PlanDiff d = diff_plans(load_text(kOld), load_text(kNew));
    REQUIRE(d.workplans.size() == 1);
    CHECK(d.workplans[0].task == "1");
    CHECK(d.workplans[0].gained == std::vector<std::string>{"u2"});
    CHECK(d.workplans[0].lost == std::vector<std::string>{"u1"});
}

TEST_CASE("diff: numbers compare as on paper") {
    // 0.1 + 0.2 written out is 0.30000000000000004 in binary; figures.h calls it 0.3.
    std::string a = kOld, b = kOld;
    a.replace(a.find("value: 15"), 9, "value: 0.3");
    b.replace(b.find("value: 15"), 9, "value: 0.30000000000000004");
    CHECK(diff_plans(load_text(a.c_str()), load_text(b.c_str())).same());
}

TEST_CASE("diff: the same plan split into other files is no change") {
    MemoryFiles whole;
    whole.add("plan.yaml", kOld);
    std::string main = kOld;
    const auto tasks = main.find("tasks:");
    MemoryFiles split;
    split.add("plan.yaml", main.substr(0, tasks) + "include: [parts/tasks.yaml]\n");
    split.add("parts/tasks.yaml", "plankit: 1\n" + main.substr(tasks));
    const Plan a = load(whole), b = load(split);
    CHECK(b.files.size() == 2);
    CHECK(diff_plans(a, b).same());
}

TEST_CASE("diff: JSON has the spec's keys and counts") {
    const PlanDiff d = diff_plans(load_text(kOld), load_text(kNew));
    const std::string json = diff_to_json(d, {"plan.yaml@HEAD~1", "plan.yaml"});
    CHECK(json.find("\"file\": \"plan.yaml@HEAD~1\"") != std::string::npos);
    CHECK(json.find("\"subject\": \"task:1\",\n      \"change\": \"changed\",\n      \"field\": \"lead\",\n"
                    "      \"old\": \"u1\",\n      \"new\": \"u2\"") != std::string::npos);
    CHECK(json.find("\"counts\": {\n    \"added\": 2,\n    \"removed\": 1,\n    \"changed\": 2\n  }") !=
          std::string::npos);
}
