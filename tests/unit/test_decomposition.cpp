// The decomposition on a plan built by hand: the responsibility matrix, the annual work
// plans, the target trajectories with allocations, the filters, and the text tables.
#include <doctest/doctest.h>

#include <sstream>

#include "decompose_writers.h"
#include "decomposition.h"
#include "plan_graph.h"
#include "text_table.h"

using namespace plankit;

namespace {

YearValue yv(int year, double value) { return YearValue{year, value, {}}; }

Unit unit(std::string id, std::string name, std::optional<std::string> parent = std::nullopt) {
    Unit u;
    u.id = std::move(id);
    u.name = std::move(name);
    u.parent = std::move(parent);
    return u;
}

Task task(std::string id, std::string title, int start, int end) {
    Task t;
    t.id = std::move(id);
    t.title = std::move(title);
    t.eff.start = start;
    t.eff.end = end;
    return t;
}

TaskMilestone milestone(int year, std::string text) { return TaskMilestone{year, std::move(text), {}, {}, {}}; }

// Period 2021..2023, vision 2030. Units: 市科协 (cast) with 科普部 (cast.pop) below it, and
// 区县科协 (dist). Tasks, in file order 10, 2, 1, 1.10, 1.2:
//   1     composite, lead [cast, cast.pop], support [cast.pop, dist] → support [dist]
//   1.2   inherits 1's units; 2021..2023; milestones 2022: "a", "b"
//   1.10  inherits 1's units; 2023 only
//   2     lead dist; 2022..2023; milestone 2023: "c", 2021: "outside"
//   10    lead cast.pop, support cast; 2021..2021
Plan sample_plan() {
    Plan p;
    p.id = "p";
    p.title = "示例规划";
    p.start = 2021;
    p.end = 2023;
    p.vision = 2030;
    p.units = {unit("cast", "市科协"), unit("cast.pop", "科普部", "cast"), unit("dist", "区县科协")};
    p.chapters = {Chapter{"c1", "第一章", 1, {}}};

    Task t10 = task("10", "十", 2021, 2021);
    t10.eff.lead = {"cast.pop"};
    t10.eff.support = {"cast"};
    Task t2 = task("2", "二", 2022, 2023);
    t2.eff.lead = {"dist"};
    t2.milestones = {milestone(2023, "c"), milestone(2021, "outside")};
    t2.weight = 2;
    Task t1 = task("1", "一", 2021, 2023);
    t1.chapter = "c1";
    t1.eff.chapter = "c1";
    t1.eff.lead = {"cast", "cast.pop"};
    t1.eff.support = {"cast.pop", "dist"};
    Task t1_10 = task("1.10", "一之十", 2023, 2023);
    t1_10.parent = "1";
    t1_10.eff = t1.eff;
    t1_10.eff.start = t1_10.eff.end = 2023;
    Task t1_2 = task("1.2", "一之二", 2021, 2023);
    t1_2.parent = "1";
    t1_2.eff = t1.eff;
    t1_2.milestones = {milestone(2022, "a"), milestone(2022, "b")};
    p.tasks = {t10, t2, t1, t1_10, t1_2};

    // Linear 2020: 0 → 2023: 30 → 2030: 100; allocations 2022 (no milestone: due from the
    // trajectory), 2023 (short) and 2031 (after the last milestone: no due).
    Target a;
    a.id = "b-count";
    a.name = "数量";
    a.additive = true;
    a.owner = "cast";
    a.baseline = yv(2020, 0);
    a.milestones = {yv(2023, 30), yv(2030, 100)};
    a.allocations = {Allocation{"dist", 15, 2022, {}}, Allocation{"cast.pop", 25, 2023, {}},
                     Allocation{"dist", 4, 2023, {}}, Allocation{"dist", 1, 2023, {}},
                     Allocation{"dist", 7, 2031, {}}};
    // No baseline: no trajectory; a milestone only in 2025, outside the period.
    Target b;
    b.id = "a-share";
    b.name = "比例";
    b.measure = "%";
    b.owner = "dist";
    b.milestones = {yv(2025, 50)};
    p.targets = {a, b};
    return p;
}

std::vector<std::string> matrix_ids(const Decomposition& d) {
    std::vector<std::string> ids;
    for (const auto& r : *d.matrix) ids.push_back(r.id);
    return ids;
}

std::vector<std::string> workplan_keys(const Decomposition& d) {
    std::vector<std::string> keys;
    for (const auto& w : *d.workplans) keys.push_back(w.unit + "/" + std::to_string(w.year));
    return keys;
}

const MatrixRow& row(const Decomposition& d, const std::string& id) {
    for (const auto& r : *d.matrix) {
        if (r.id == id) return r;
    }
    FAIL("no row " << id);
    throw;
}

const Workplan& workplan(const Decomposition& d, const std::string& unit, int year) {
    for (const auto& w : *d.workplans) {
        if (w.unit == unit && w.year == year) return w;
    }
    FAIL("no work plan " << unit << "/" << year);
    throw;
}

}  // namespace

TEST_CASE("the matrix lists every task in task order with its effective units") {
    Plan p = sample_plan();
    PlanGraph g(p);
    Decomposition d = decompose(g);
    // 1 < 1.2 < 1.10 (parts compared as numbers) < 2 < 10.
    CHECK(matrix_ids(d) == std::vector<std::string>{"1", "1.2", "1.10", "2", "10"});

    const MatrixRow& r1 = row(d, "1");
    CHECK(r1.composite);
    CHECK_FALSE(r1.parent.has_value());
    CHECK(r1.chapter == "c1");
    CHECK(r1.lead == std::vector<std::string>{"cast", "cast.pop"});
    CHECK(r1.primary_lead() == "cast");
    CHECK(r1.support == std::vector<std::string>{"dist"});  // cast.pop also leads: lead only

    const MatrixRow& r110 = row(d, "1.10");
    CHECK_FALSE(r110.composite);
    CHECK(r110.parent == "1");
    CHECK(r110.start == 2023);
    CHECK(r110.end == 2023);

    CHECK(row(d, "2").weight == 2.0);
    CHECK(row(d, "10").support == std::vector<std::string>{"cast"});
}

TEST_CASE("a task without lead has no primary lead") {
    Plan p = sample_plan();
    p.tasks[0].eff.lead.clear();  // task 10
    PlanGraph g(p);
    CHECK_FALSE(row(decompose(g), "10").primary_lead().has_value());
}

TEST_CASE("work plans: one per unit and year with due tasks or allocations, by unit id then year") {
    Plan p = sample_plan();
    PlanGraph g(p);
    Decomposition d = decompose(g);
    // cast: leads 1 and 1.2 (2021..2023), 1.10 (2023), supports 10 (2021) → 2021, 2022, 2023.
    // cast.pop: the same, and leads 10 → 2021..2023. dist: supports 1, 1.2, 1.10 and
    // leads 2 (2022..2023) → 2021..2023; it also holds b-count's allocation of 2031.
    CHECK(workplan_keys(d) == std::vector<std::string>{"cast/2021", "cast/2022", "cast/2023", "cast.pop/2021",
                                                        "cast.pop/2022", "cast.pop/2023", "dist/2021", "dist/2022",
                                                        "dist/2023", "dist/2031"});
    // The allocations each holds, as sample_plan gives them: dist 15 (2022), 4 and 1
    // (2023), 7 (2031); cast.pop 25 (2023). 2031 has no due task, only the allocation.
    CHECK(workplan(d, "dist", 2021).allocations.empty());
    REQUIRE(workplan(d, "dist", 2023).allocations.size() == 2);
    CHECK(workplan(d, "dist", 2023).allocations[0].value == 4.0);
    CHECK(workplan(d, "dist", 2023).allocations[1].value == 1.0);
    CHECK(workplan(d, "cast.pop", 2023).allocations.at(0).target == "b-count");
    CHECK(workplan(d, "dist", 2031).tasks.empty());
    CHECK(workplan(d, "dist", 2031).allocations.at(0).value == 7.0);

    const Workplan& cast21 = workplan(d, "cast", 2021);
    REQUIRE(cast21.tasks.size() == 3);  // 1, 1.2, 10 in task order; 1.10 is not due before 2023
    CHECK(cast21.tasks[0].id == "1");
    CHECK(cast21.tasks[1].id == "1.2");
    CHECK(cast21.tasks[2].id == "10");
    CHECK(cast21.tasks[2].role == TaskRole::support);
    CHECK(cast21.tasks[0].role == TaskRole::lead);

    // cast.pop is in both lead and support of task 1: it leads.
    for (const auto& t : workplan(d, "cast.pop", 2023).tasks) CHECK(t.role == TaskRole::lead);

    // Two milestones of 1.2 in 2022, in file order; none in other years.
    const Workplan& dist22 = workplan(d, "dist", 2022);
    REQUIRE(dist22.tasks.size() == 3);  // 1, 1.2 (support), 2 (lead)
    CHECK(dist22.tasks[1].milestones == std::vector<std::string>{"a", "b"});
    CHECK(dist22.tasks[2].id == "2");
    CHECK(dist22.tasks[2].milestones.empty());
    // Task 2's 2021 milestone lies outside its years 2022..2023: 2 is not in dist's 2021 plan.
    for (const auto& t : workplan(d, "dist", 2021).tasks) CHECK(t.id != "2");
    CHECK(workplan(d, "dist", 2023).tasks.back().milestones == std::vector<std::string>{"c"});
}

TEST_CASE("targets by id with expected values over the period and allocations") {
    Plan p = sample_plan();
    PlanGraph g(p);
    Decomposition d = decompose(g);
    REQUIRE(d.targets->size() == 2);
    const auto& share = (*d.targets)[0];
    const auto& count = (*d.targets)[1];
    CHECK(share.id == "a-share");  // by id: "a-share" < "b-count"
    CHECK(count.id == "b-count");

    // No baseline: null for every period year; no milestone in the vision year 2030, so
    // only 2021..2023 are listed.
    REQUIRE(share.expected.size() == 3);
    for (const auto& e : share.expected) CHECK_FALSE(e.value.has_value());

    // 2021..2023, then 2030, the vision year, because a milestone lies there.
    REQUIRE(count.expected.size() == 4);
    CHECK(count.expected[0].year == 2021);
    CHECK(*count.expected[0].value == 10.0);  // 0 + 30·1/3 = 10
    CHECK(*count.expected[1].value == 20.0);  // 0 + 30·2/3 = 60/3 = 20
    CHECK(*count.expected[2].value == 30.0);  // the milestone itself
    CHECK(count.expected[3].year == 2030);
    CHECK(*count.expected[3].value == 100.0);

    REQUIRE(count.allocations.size() == 3);
    const auto& y22 = count.allocations[0];
    CHECK(y22.year == 2022);
    CHECK(*y22.due == 20.0);       // no milestone in 2022: the trajectory value
    CHECK(y22.allocated == 15.0);  // dist 15
    CHECK(*y22.shortfall == 5.0);  // 20 − 15
    CHECK(*y22.excess == 0.0);
    const auto& y23 = count.allocations[1];
    CHECK(*y23.due == 30.0);       // the 2023 milestone
    CHECK(y23.allocated == 30.0);  // 25 + 4 + 1
    CHECK(*y23.shortfall == 0.0);
    CHECK(*y23.excess == 0.0);
    REQUIRE(y23.units.size() == 2);  // cast.pop 25, dist 4 + 1 = 5
    CHECK(y23.units[0].unit == "cast.pop");
    CHECK(y23.units[1].value == 5.0);
    const auto& y31 = count.allocations[2];
    CHECK_FALSE(y31.due.has_value());  // after the last milestone (2030): nothing due
    CHECK_FALSE(y31.shortfall.has_value());
    CHECK_FALSE(y31.excess.has_value());
    CHECK(y31.allocated == 7.0);
}

TEST_CASE("--unit keeps that unit's tasks, work plans and targets") {
    Plan p = sample_plan();
    PlanGraph g(p);
    DecomposeOptions o;
    o.units = {"dist"};
    Decomposition d = decompose(g, o);
    CHECK(matrix_ids(d) == std::vector<std::string>{"1", "1.2", "1.10", "2"});  // not 10
    CHECK(workplan_keys(d) == std::vector<std::string>{"dist/2021", "dist/2022", "dist/2023", "dist/2031"});
    // a-share is owned by dist; b-count is allocated to dist.
    CHECK(d.targets->size() == 2);

    o.units = {"cast"};
    d = decompose(g, o);
    CHECK(matrix_ids(d) == std::vector<std::string>{"1", "1.2", "1.10", "10"});
    REQUIRE(d.targets->size() == 1);  // b-count, which cast owns
    CHECK((*d.targets)[0].id == "b-count");
}

TEST_CASE("--with-subunits: the unit and every unit below it") {
    Plan p = sample_plan();
    p.units.push_back(unit("cast.pop.x", "小组", "cast.pop"));
    PlanGraph g(p);
    CHECK(unit_and_subunits(g, "cast") == std::set<std::string>{"cast", "cast.pop", "cast.pop.x"});
    CHECK(unit_and_subunits(g, "cast.pop") == std::set<std::string>{"cast.pop", "cast.pop.x"});
    CHECK(unit_and_subunits(g, "dist") == std::set<std::string>{"dist"});
    CHECK(unit_and_subunits(g, "nobody").empty());
}

TEST_CASE("--year keeps the tasks due then, that year's work plans and values") {
    Plan p = sample_plan();
    PlanGraph g(p);
    DecomposeOptions o;
    o.year = 2022;
    Decomposition d = decompose(g, o);
    CHECK(matrix_ids(d) == std::vector<std::string>{"1", "1.2", "2"});  // 1.10: 2023; 10: 2021
    CHECK(workplan_keys(d) == std::vector<std::string>{"cast/2022", "cast.pop/2022", "dist/2022"});
    const auto& count = (*d.targets)[1];
    REQUIRE(count.expected.size() == 1);
    CHECK(*count.expected[0].value == 20.0);  // 0 + 30·2/3
    REQUIRE(count.allocations.size() == 1);
    CHECK(count.allocations[0].year == 2022);

    // A year outside the period still gets its expected value: 2026 on 2023: 30 → 2030: 100
    // is 30 + 70·3/7 = 30 + 210/7 = 60.
    o.year = 2026;
    d = decompose(g, o);
    CHECK(*(*d.targets)[1].expected[0].value == 60.0);
    CHECK(d.matrix->empty());
}

TEST_CASE("tables not asked for are left out") {
    Plan p = sample_plan();
    PlanGraph g(p);
    DecomposeOptions o;
    o.matrix = false;
    o.targets = false;
    Decomposition d = decompose(g, o);
    CHECK_FALSE(d.matrix.has_value());
    CHECK(d.workplans.has_value());
    CHECK_FALSE(d.targets.has_value());
    std::string json = decompose_to_json(d);
    CHECK(json.find("\"workplans\"") != std::string::npos);
    CHECK(json.find("\"matrix\"") == std::string::npos);
    CHECK(json.find("\"targets\"") == std::string::npos);
}

TEST_CASE("work plan headings read naturally in both languages") {
    Plan p = sample_plan();
    PlanGraph g(p);
    Decomposition d = decompose(g);
    const Workplan& wp = workplan(d, "cast.pop", 2022);
    CHECK(workplan_heading(d, wp, Lang::zh) == "科普部 2022年度工作计划");
    CHECK(workplan_heading(d, wp, Lang::en) == "科普部 — Annual work plan 2022");
}

namespace {

// The lines of every table in a text report: a table starts at the line above its
// `----  ---` rule (the header) and runs to the next blank or heading-free line break.
std::vector<std::vector<std::string>> text_tables(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::vector<std::vector<std::string>> tables;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty() || lines[i].find_first_not_of("- ") != std::string::npos || lines[i][0] != '-')
            continue;
        std::vector<std::string> table{lines[i - 1], lines[i]};
        std::size_t width = display_width(lines[i]);
        // A table's rows are exactly as wide as its rule; the first line that is not ends it.
        for (std::size_t j = i + 1; j < lines.size() && display_width(lines[j]) == width && !lines[j].empty(); ++j)
            table.push_back(lines[j]);
        tables.push_back(table);
    }
    return tables;
}

}  // namespace

TEST_CASE("every line of every text table has the same display width") {
    Plan p = sample_plan();
    // Long Chinese titles and names, to be cut, wrapped and padded.
    p.tasks[2].title = "大力培育科技后备人才并推动科学与文化艺术融合发展，打造一批科技创新教育示范学校";
    p.units[2].name = "中共重庆市级机关党校科协分校";
    p.tasks[4].milestones.push_back(milestone(2023, "围绕青少年、农民、城镇劳动者、领导干部和公务员、老年人分类开展科普，完成方案中期评估"));
    PlanGraph g(p);
    Decomposition d = decompose(g);
    for (std::size_t width : {std::size_t{80}, std::size_t{120}, std::size_t{0}}) {
        for (Lang lang : {Lang::zh, Lang::en}) {
            std::string text = decompose_to_text(d, lang, DecomposeTextLayout{width, false});
            auto tables = text_tables(text);
            // matrix, 10 work plans (9 with task tables; 4 with held allocations: dist 2022,
            // 2023, 2031, cast.pop 2023), trajectories, allocations
            CHECK(tables.size() == 16);
            std::istringstream in(text);
            std::size_t table_lines = 0;
            for (const auto& table : tables) {
                const std::size_t w = display_width(table.front());
                for (const auto& line : table) {
                    CHECK_MESSAGE(display_width(line) == w, line);
                    if (width > 0) CHECK(display_width(line) <= width);
                }
                table_lines += table.size();
            }
            // Every other line is a heading or a blank line, so no row of a table escaped
            // the check by being narrower or wider than its rule: matrix heading and blank
            // (2), blank (1), work plans heading (1), blank and heading per work plan (18),
            // blank (1), targets heading and blank (2), blank and allocations heading (2),
            // and dist 2031's blank and heading (2), a blank between the task table and the
            // allocations of the three other plans holding some (3).
            std::size_t all = 0;
            for (std::string line; std::getline(in, line);) all += 1;
            CHECK(all - table_lines == 32);
        }
    }
}

TEST_CASE("role words are the labels role.lead and role.support") {
    const RoleWords en(Lang::en), zh(Lang::zh);
    CHECK(en.of(TaskRole::lead) == label(Lang::en, "role.lead"));
    CHECK(en.of(TaskRole::support) == label(Lang::en, "role.support"));
    CHECK(zh.of(TaskRole::lead) == label(Lang::zh, "role.lead"));
    CHECK(zh.of(TaskRole::support) == label(Lang::zh, "role.support"));
    CHECK(en.of(TaskRole::lead) != en.of(TaskRole::support));
}
