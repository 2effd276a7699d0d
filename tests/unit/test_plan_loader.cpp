// Loading plans from memory: defaults, inheritance, includes, and one check per rule of
// plan-format.md and readings.md sections A, C (allocation years), G and H.
#include <string>

#include <doctest/doctest.h>

#include "error_text.h"
#include "default_ratings.h"
#include "plan_loader.h"

using namespace plankit;

namespace {

const char* kHead =
    "plankit: 1\n"
    "plan: {id: p, title: T, period: {start: 2021, end: 2025}}\n";

struct Loaded {
    std::optional<Plan> plan;
    std::string errors;
};

Loaded load_files(const MemoryFiles& files, const std::string& path = "plan.yaml", LoadOptions opts = {}) {
    Diagnostics d;
    Loaded out;
    out.plan = load_plan(path, files, d, opts);
    out.errors = format_errors(d, Lang::en);
    return out;
}

Loaded load(const std::string& text) {
    MemoryFiles files;
    files.add("plan.yaml", text);
    return load_files(files);
}

}  // namespace

TEST_CASE("a minimal plan loads with the documented defaults") {
    auto r = load(kHead);
    REQUIRE(r.plan);
    CHECK(r.errors.empty());
    const Plan& p = *r.plan;
    CHECK(p.id == "p");
    CHECK(p.locale == "en");
    CHECK(p.start == 2021);
    CHECK(p.end == 2025);
    CHECK(p.loc.line == 2);
    CHECK(p.loc.col == 7);  // the `{` of the flow mapping
    CHECK(p.source == "plan.yaml");
    CHECK(p.files == std::vector<std::string>{"plan.yaml"});
    // readings.md item 12: the example values are the defaults.
    CHECK(p.scoring.weight_targets == 40);
    CHECK(p.scoring.weight_tasks == 60);
    CHECK(p.scoring.support_factor == 0.5);
    CHECK(p.scoring.points(Status::on_track) == 80);
    CHECK(p.scoring.light_yellow == 0.8);
    REQUIRE(p.scoring.ratings.size() == 4);
    CHECK(p.scoring.ratings[1].label == "good");
    CHECK(p.scoring.ratings[1].min == 80);
    CHECK_FALSE(p.scoring.max_lead_tasks);
}

TEST_CASE("a zh plan without ratings gets the Chinese labels; partial maps override only their keys") {
    auto r = load(
        "plankit: 1\n"
        "plan: {id: p, title: T, locale: zh, period: {start: 2021, end: 2025}}\n"
        "scoring: {status_points: {on_track: 70}, max_lead_tasks: null}\n");
    REQUIRE(r.plan);
    CHECK(r.plan->scoring.ratings[0].label == "优秀");
    CHECK(r.plan->scoring.ratings[3].label == "不合格");
    CHECK(r.plan->scoring.points(Status::on_track) == 70);
    CHECK(r.plan->scoring.points(Status::done) == 100);
}

TEST_CASE("default rating names follow the output language; a plan's own names stay as written") {
    auto zh = load(
        "plankit: 1\n"
        "plan: {id: p, title: T, locale: zh, period: {start: 2021, end: 2025}}\n");
    REQUIRE(zh.plan);
    CHECK(zh.plan->scoring.default_ratings);
    word_default_ratings(*zh.plan, Lang::en);
    // readings.md item 12: 90 excellent, 80 good, 60 pass, 0 fail.
    CHECK(zh.plan->scoring.ratings[0].label == "excellent");
    CHECK(zh.plan->scoring.ratings[1].label == "good");
    CHECK(zh.plan->scoring.ratings[2].label == "pass");
    CHECK(zh.plan->scoring.ratings[3].label == "fail");
    CHECK(zh.plan->scoring.ratings[1].min == 80);
    word_default_ratings(*zh.plan, Lang::zh);
    CHECK(zh.plan->scoring.ratings[1].label == "良好");

    auto own = load(std::string(kHead) + "scoring: {ratings: [{min: 50, label: fine}, {min: 0, label: poor}]}\n");
    REQUIRE(own.plan);
    CHECK_FALSE(own.plan->scoring.default_ratings);
    word_default_ratings(*own.plan, Lang::zh);
    CHECK(own.plan->scoring.ratings[0].label == "fine");
    CHECK(own.plan->scoring.ratings[1].label == "poor");
}

TEST_CASE("the plan's locale is known to the caller even when the plan has errors") {
    MemoryFiles files;
    files.add("plan.yaml",
              "plankit: 1\n"
              "plan: {id: p, title: T, locale: zh, period: {start: 2021, end: 2025}}\n"
              "units: [{id: u, name: U, colour: red}]\n");
    Diagnostics d;
    LoadStats stats;
    CHECK_FALSE(load_plan("plan.yaml", files, d, {}, &stats));
    CHECK(stats.locale == "zh");
    MemoryFiles broken;
    broken.add("plan.yaml", "plankit: 1\nplan: {id: p, locale: zh\n");
    LoadStats unread;
    CHECK_FALSE(load_plan("plan.yaml", broken, d, {}, &unread));
    CHECK(unread.locale == "en");  // the header could not be read
}

TEST_CASE("targets read milestones, the allocation year default and integer ids") {
    auto r = load(std::string(kHead) +
                  "units: [{id: 7, name: Seven}]\n"
                  "targets:\n"
                  "  - id: t\n"
                  "    name: N\n"
                  "    additive: true\n"
                  "    baseline: {year: 2020, value: 1}\n"
                  "    milestones: [{year: 2023, value: 0x1A}, {year: 2025, value: 010}, {year: 2035, value: 1e2}]\n"
                  "    allocations: [{unit: 7, value: 3}, {unit: \"7\", value: 4, year: 2023}]\n");
    REQUIRE(r.plan);
    const Target& t = r.plan->targets[0];
    CHECK(r.plan->units[0].id == "7");
    REQUIRE(t.milestones.size() == 3);
    CHECK(t.milestones[0].value == 26);   // 0x1A
    CHECK(t.milestones[1].value == 10);   // 010 is decimal in the core schema
    CHECK(t.milestones[2].value == 100);  // 1e2
    // The last milestone year <= period.end (2025) is 2025; 2035 lies after the period.
    CHECK(t.allocations[0].year == 2025);
    CHECK(t.allocations[1].year == 2023);
    CHECK(t.loc.line == 5);
    CHECK(t.loc.col == 5);
}

TEST_CASE("tasks inherit absent keys from the parent chain") {
    auto r = load(std::string(kHead) +
                  "units: [{id: u1, name: A}, {id: u2, name: B}]\n"
                  "goals: [{id: g, title: G}]\n"
                  "chapters: [{id: c, title: C}]\n"
                  "tasks:\n"
                  "  - {id: \"1\", title: a, chapter: c, goals: [g, g], lead: u1, start: 2022}\n"
                  "  - {id: \"1.1\", title: b, parent: \"1\", lead: [u2, u1], support: [u1], end: 2024}\n"
                  "  - {id: \"1.1.1\", title: c, parent: \"1.1\", goals: []}\n"
                  "  - {id: \"2\", title: d, depends_on: [\"1\", \"1.1\", \"1\"]}\n");
    REQUIRE(r.plan);
    const auto& tasks = r.plan->tasks;
    CHECK(tasks[0].eff.goals == std::vector<std::string>{"g"});  // the repeat is dropped
    CHECK(tasks[0].eff.lead == std::vector<std::string>{"u1"});  // a scalar lead is a list of one
    CHECK(tasks[0].eff.end == 2025);                              // top level: the plan period
    const EffectiveTask& leaf = tasks[2].eff;
    CHECK(leaf.chapter == "c");                                   // from the grandparent
    CHECK(leaf.goals.empty());                                    // its own empty list
    CHECK(leaf.lead == std::vector<std::string>{"u2", "u1"});    // from the parent
    CHECK(leaf.support == std::vector<std::string>{"u1"});
    CHECK(leaf.start == 2022);
    CHECK(leaf.end == 2024);
    CHECK(tasks[3].depends_on == std::vector<std::string>{"1", "1.1"});
    REQUIRE(tasks[3].depends_on_locs.size() == 2);
    CHECK(tasks[3].depends_on_locs[1].col == 43);  // `  - {id: "2", title: d, depends_on: ["1", ` is 42
    CHECK_FALSE(tasks[3].eff.chapter);
    CHECK(tasks[1].parent_loc.line == 8);
}

TEST_CASE("includes append depth first with paths relative to the including file") {
    MemoryFiles files;
    files.add("dir/plan.yaml", std::string(kHead) + "include: [parts/a.yaml, b.yaml]\nunits: [{id: m, name: M}]\n");
    files.add("dir/parts/a.yaml", "plankit: 1\ninclude: [../sub/c.yaml]\nunits: [{id: a, name: A}]\n");
    files.add("dir/sub/c.yaml", "units: [{id: c, name: C}]\n");
    files.add("dir/b.yaml", "units:\n  - {id: b, name: B}\n");
    auto r = load_files(files, "dir/plan.yaml");
    REQUIRE(r.plan);
    std::vector<std::string> ids;
    for (const auto& u : r.plan->units) ids.push_back(u.id);
    CHECK(ids == std::vector<std::string>{"m", "a", "c", "b"});
    CHECK(r.plan->units[2].loc.file_name() == "dir/sub/c.yaml");  // normpath(dir/parts/../sub/c.yaml)
    CHECK(r.plan->units[3].loc.line == 2);
    CHECK(r.plan->files ==
          std::vector<std::string>{"dir/plan.yaml", "dir/parts/a.yaml", "dir/sub/c.yaml", "dir/b.yaml"});
}

TEST_CASE("include errors: cycles at the closing entry, missing files, plan or scoring in an include") {
    MemoryFiles files;
    files.add("plan.yaml", std::string(kHead) + "include: [a.yaml, gone.yaml]\n");
    files.add("a.yaml", "plan: {id: q}\nscoring: {}\ninclude: [plan.yaml]\n");
    auto r = load_files(files);
    CHECK_FALSE(r.plan);
    CHECK(r.errors ==
          "plan.yaml:3:19: error: cannot read gone.yaml: no such file\n"
          "a.yaml:1:1: error: `plan` is not allowed in an included file (only units, goals, chapters, targets, "
          "tasks, include, plankit)\n"
          "a.yaml:2:1: error: `scoring` is not allowed in an included file (only units, goals, chapters, "
          "targets, tasks, include, plankit)\n"
          "a.yaml:3:11: error: include cycle: plan.yaml -> a.yaml -> plan.yaml\n");
}

TEST_CASE("a diamond include is read twice, so its ids are duplicates") {
    MemoryFiles files;
    files.add("plan.yaml", std::string(kHead) + "include: [a.yaml, b.yaml]\n");
    files.add("a.yaml", "include: [c.yaml]\n");
    files.add("b.yaml", "include: [c.yaml]\n");
    files.add("c.yaml", "goals: [{id: g, title: G}]\n");
    auto r = load_files(files);
    CHECK(r.errors == "c.yaml:1:9: error: duplicate goal id \"g\" (first defined at c.yaml:1:9)\n");
}

TEST_CASE("unreadable inputs are located errors") {
    MemoryFiles files;
    files.add("big.yaml", std::string(kHead));
    files.add("dir/x.yaml", std::string(kHead));
    LoadOptions tiny;
    tiny.max_input_bytes = 10;
    CHECK(load_files(files, "big.yaml", tiny).errors ==
          "big.yaml:1:1: error: cannot read big.yaml: larger than the input limit of 10 bytes\n");
    CHECK(load_files(files, "dir").errors == "dir:1:1: error: dir is a directory, not a YAML file\n");
    CHECK(load_files(files, "none.yaml").errors == "none.yaml:1:1: error: cannot read none.yaml: no such file\n");
    CHECK(load("").errors == "plan.yaml:1:1: error: empty file: no YAML document\n");
    CHECK(load("- a\n").errors ==
          "plan.yaml:1:1: error: the file must hold a mapping at the top (plankit: 1, plan: ...), found a list\n");
}

TEST_CASE("top-level requirements: plankit 1, plan, known keys") {
    CHECK(load("plankit: 1\n").errors ==
          "plan.yaml:1:1: error: missing required key `plan` (the plan's id, title and period)\n");
    CHECK(load("plan: {id: p, title: T, period: {start: 2021, end: 2025}}\nplankit: \"1\"\ntask: []\n").errors ==
          "plan.yaml:2:10: error: expected an integer for `plankit`, found the text \"1\"\n"
          "plan.yaml:3:1: error: unknown key `task` in the plan file; did you mean `tasks`?\n");
    CHECK(load(std::string(kHead) + "units:\n").errors ==
          "plan.yaml:3:1: error: expected a list of unit mappings for `units`, found no value\n");
}

TEST_CASE("plan block rules: period order, vision after the period, dates, locale") {
    auto r = load(
        "plankit: 1\n"
        "plan: {id: p, title: T, period: {start: 2021, end: 2025}, vision: 2025, issued: 2021-13-01, locale: fr}\n");
    CHECK(r.errors ==
          "plan.yaml:2:67: error: `vision` (2025) must come after the period's end (2025)\n"
          "plan.yaml:2:81: error: expected a date YYYY-MM-DD for `issued`, found \"2021-13-01\"\n"
          "plan.yaml:2:101: error: expected en or zh for `locale`, found the text \"fr\"\n");
    CHECK(load("plankit: 1\nplan: {id: p, title: T, period: {start: 2025, end: 2021}}\n").errors ==
          "plan.yaml:2:52: error: the period ends (2021) before it starts (2025)\n");
    CHECK(load("plankit: 1\nplan: {id: p, title: T, period: {start: 1899, end: 2021.0}}\n").errors ==
          "plan.yaml:2:41: error: year 1899 for `start` is outside 1900..2200\n"
          "plan.yaml:2:52: error: expected a year (an integer from 1900 to 2200) for `end`, found the number "
          "2021.0\n");
}

TEST_CASE("one error per parent loop, at the parent of the member with the smallest id") {
    auto r = load(std::string(kHead) +
                  "units:\n"
                  "  - {id: b, name: B, parent: c}\n"
                  "  - {id: c, name: C, parent: a}\n"
                  "  - {id: a, name: A, parent: b}\n"
                  "  - {id: d, name: D, parent: a}\n"
                  "tasks:\n"
                  "  - {id: \"10\", title: x, parent: \"9\"}\n"
                  "  - {id: \"9\", title: y, parent: \"10\"}\n"
                  "  - {id: \"8\", title: z, parent: \"8\"}\n");
    // Units a, b, c loop: a is the smallest id, its parent sits on line 6. Tasks "10" and
    // "9" loop: "10" < "9" in plain string order, so the error is at line 9; "8" loops alone.
    CHECK(r.errors ==
          "plan.yaml:6:30: error: unit parents form a loop: a -> b -> c -> a\n"
          "plan.yaml:9:34: error: task parents form a loop: 10 -> 9 -> 10\n"
          "plan.yaml:11:33: error: task parents form a loop: 8 -> 8\n");
}

TEST_CASE("references must name ids of the expected kind") {
    auto r = load(std::string(kHead) +
                  "units: [{id: cast, name: C}]\n"
                  "goals: [{id: g1, title: G}]\n"
                  "targets:\n"
                  "  - {id: t, name: N, goal: g2, owner: cats, milestones: [{year: 2025, value: 1}]}\n"
                  "tasks:\n"
                  "  - {id: a, title: A, chapter: c, targets: [g1], support: [cast], depends_on: [zz],\n"
                  "     milestones: [{year: 2022, text: m, target: t}, {year: 2023, text: n, target: g1}]}\n");
    // Each error sits at the value naming the id: g2 is the 28th code point of line 6,
    // cats the 39th; on line 8 c is the 32nd, g1 the 45th, zz the 80th; line 9's g1 the 83rd.
    CHECK(r.errors ==
          "plan.yaml:6:28: error: `goal` names goal \"g2\", which is not defined; did you mean \"g1\"?\n"
          "plan.yaml:6:39: error: `owner` names unit \"cats\", which is not defined; did you mean \"cast\"?\n"
          "plan.yaml:8:32: error: `chapter` names chapter \"c\", which is not defined\n"
          "plan.yaml:8:45: error: `targets` names target \"g1\", which is not defined\n"
          "plan.yaml:8:80: error: `depends_on` names task \"zz\", which is not defined\n"
          "plan.yaml:9:83: error: `target` names target \"g1\", which is not defined\n");
}

TEST_CASE("target rules: milestone order, baseline, geometric points, allocations") {
    auto r = load(std::string(kHead) +
                  "units: [{id: u, name: U}]\n"
                  "targets:\n"
                  "  - id: a\n"
                  "    name: A\n"
                  "    baseline: {year: 2022, value: 1}\n"
                  "    milestones: [{year: 2022, value: 2}, {year: 2025, value: 3}, {year: 2024, value: 4}]\n"
                  "    allocations: [{unit: u, value: 1}]\n"
                  "  - id: b\n"
                  "    name: B\n"
                  "    trajectory: geometric\n"
                  "    additive: true\n"
                  "    milestones: [{year: 2030, value: -1}]\n"
                  "    allocations: [{unit: u, value: 1}]\n");
    CHECK(r.errors ==
          "plan.yaml:8:18: error: milestone year 2022 must come after the baseline year 2022\n"
          "plan.yaml:8:66: error: milestone years must increase in list order: 2024 comes after 2025\n"
          "plan.yaml:9:5: error: `allocations` are allowed only on an additive target (additive: true)\n"
          "plan.yaml:14:18: error: a geometric trajectory needs every point > 0: the milestone value for 2030 "
          "is -1\n"
          "plan.yaml:15:19: error: this allocation needs a `year`: target \"b\" has no milestone within the "
          "plan period to default to\n");
}

TEST_CASE("task rules: list shapes, null values at their key, years within the period") {
    auto r = load(
        "plankit: 1\n"
        "plan: {id: p, title: T, period: {start: 2021, end: 2025}, vision: 2035}\n"
        "units: [{id: u, name: U}]\n"
        "tasks:\n"
        "  - id: a\n"
        "    title: A\n"
        "    support: u\n"
        "    goals:\n"
        "    start: 2036\n"
        "  - {id: b, title: B, start: 2030, end: 2035}\n"
        "  - {id: c, title: C, start: 2024, end: 2022}\n"
        "  - {id: d, title: D, parent: b, end: 2026}\n");
    // b's years lie within 2021..2035 (vision); d inherits start 2030 > its own end 2026.
    // The reversed spans are reported at each task's own `end` (columns 41 and 39).
    CHECK(r.errors ==
          "plan.yaml:7:14: error: expected a list of unit ids for `support`, found the text \"u\" (write [u])\n"
          "plan.yaml:8:5: error: expected a list of goal ids for `goals`, found no value\n"
          "plan.yaml:9:12: error: `start` 2036 of task \"a\" lies outside 2021..2035 (the period start to the "
          "vision year)\n"
          "plan.yaml:11:41: error: task \"c\" ends (2022) before it starts (2024)\n"
          "plan.yaml:12:39: error: task \"d\" ends (2026) before it starts (2030), counting inherited years\n");
}

TEST_CASE("scoring constraints of readings.md item 13") {
    auto r = load(std::string(kHead) +
                  "scoring:\n"
                  "  weights: {targets: 0, tasks: 0}\n"
                  "  support_factor: 1.5\n"
                  "  status_points: {cancelled: 0, done: 101}\n"
                  "  lights: {green: 0.5}\n"
                  "  ratings: [{min: 50, label: a}, {min: 60, label: b}]\n"
                  "  max_lead_tasks: 2.5\n");
    // Columns: `  status_points: {cancelled: 0, ` is 32 code points, so `done`'s 101 is at
    // 39; `  ratings: [{min: 50, label: a}, {min: ` is 39, so 60 is at 40.
    CHECK(r.errors ==
          "plan.yaml:4:12: error: `scoring.weights` cannot both be 0\n"
          "plan.yaml:5:19: error: `support_factor` must lie in 0..1, found 1.5\n"
          "plan.yaml:6:19: error: unknown key `cancelled` in `scoring.status_points` (expected done, on_track, "
          "delayed, not_started, blocked, or an x- key)\n"
          "plan.yaml:6:39: error: `done` must lie in 0..100, found 101\n"
          "plan.yaml:7:11: error: `scoring.lights`: yellow must not be above green\n"
          "plan.yaml:8:40: error: rating bands must go from the highest `min` down: 60 is not below the band "
          "before\n"
          "plan.yaml:9:19: error: expected an integer for `max_lead_tasks`, found the number 2.5\n");
    auto empty = load(std::string(kHead) + "scoring: {ratings: []}\n");
    REQUIRE(empty.plan);
    CHECK(empty.plan->scoring.ratings.empty());  // readings.md item 14: no bands, null ratings
}

TEST_CASE("ids: syntax, integers as text, floats refused, duplicates naming both places") {
    auto r = load(std::string(kHead) +
                  "goals:\n"
                  "  - {id: -7, title: a}\n"
                  "  - {id: 7.10, title: b}\n"
                  "  - {id: \"x y\", title: c}\n"
                  "  - {id: 7, title: d}\n"
                  "  - {id: \"7\", title: e}\n");
    // `  - {id: ` is 9 code points, so each id value starts at column 10.
    CHECK(r.errors ==
          "plan.yaml:4:10: error: invalid id \"-7\" for `id`: an id is letters, digits, '.', '_' and '-', "
          "starting with a letter or digit\n"
          "plan.yaml:5:10: error: expected an id for `id`, found the number 7.10: quote ids such as \"7.10\"\n"
          "plan.yaml:6:10: error: invalid id \"x y\" for `id`: an id is letters, digits, '.', '_' and '-', "
          "starting with a letter or digit\n"
          "plan.yaml:8:5: error: duplicate goal id \"7\" (first defined at plan.yaml:7:5)\n");
}

TEST_CASE("x- keys are ignored everywhere; unknown keys are errors everywhere else") {
    auto r = load(std::string(kHead) +
                  "x-top: {anything: [1, 2]}\n"
                  "goals: [{id: g, title: G, x-note: n, titel: t}]\n");
    CHECK(r.errors == "plan.yaml:4:38: error: unknown key `titel` in goal \"g\"; did you mean `title`?\n");
}

TEST_CASE("control characters in the input never reach a message raw") {
    auto r = load(std::string(kHead) + "goals: [{id: \"a\\e[2Jb\", title: G}]\n");
    CHECK(r.errors ==
          "plan.yaml:3:14: error: invalid id \"a\\x1b[2Jb\" for `id`: an id is letters, digits, '.', '_' and '-', "
          "starting with a letter or digit\n");
}

TEST_CASE("repeats are dropped from long id lists too, in order of first mention") {
    // Units u0..u19; support names u0..u19 then u5, u19, u0 again (found through the set
    // once the list is past 16 ids), then u3 (a repeat of a short-list id). The kept list
    // is u0..u19, each once, in order.
    std::string units, support;
    for (int i = 0; i < 20; ++i) {
        units += std::string(i ? ", " : "") + "{id: u" + std::to_string(i) + ", name: U}";
        support += std::string(i ? ", " : "") + "u" + std::to_string(i);
    }
    auto r = load(std::string(kHead) + "units: [" + units + "]\n" +
                  "tasks:\n  - {id: \"1\", title: a, lead: u0, support: [" + support + ", u5, u19, u0, u3]}\n");
    REQUIRE(r.plan);
    std::vector<std::string> expected;
    for (int i = 0; i < 20; ++i) expected.push_back("u" + std::to_string(i));
    CHECK(r.plan->tasks[0].eff.support == expected);
}
