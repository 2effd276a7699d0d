// Contributions: records in YAML and CSV with their checks, the actual as their sum, the
// findings and each unit's part beside its allocation (cycle.md, "Contributions").
#include <doctest/doctest.h>

#include "contributions.h"
#include "memory_inputs.h"
#include "plan_graph.h"
#include "score_fixtures.h"
#include "year_score.h"

using namespace plankit;
using namespace plankit::testing;

namespace {

// Units city, A, B, C, D; target `com` (additive, baseline (2020, 0), milestone (2025, 20):
// 4 a year) allocated 8 / 7 / 5 to A, B, C in 2025; target `lit` not additive; task 1.
Plan district_plan() {
    Plan p = score_plan();
    for (const char* id : {"city", "A", "B", "C", "D"}) p.units.push_back(Unit{id, id, "", {}, {}, {}, {}});
    Target com = make_target("com", {2020, 0, {}}, {{2025, 20, {}}});
    com.additive = true;
    com.allocations = {{"A", 8, 2025, {}}, {"B", 7, 2025, {}}, {"C", 5, 2025, {}}};
    p.targets = {com, make_target("lit", {2020, 10, {}}, {{2025, 15, {}}})};
    p.tasks = {make_task("1", std::nullopt, 1, {"city"})};
    return p;
}

LoadedProgress load(const Plan& plan, const std::string& name, const std::string& text) {
    MemoryFiles files;
    files.add(name, text);
    return load_progress_from(plan, files, {name});
}

}  // namespace

TEST_CASE("contributions in YAML: the file's unit is the default, each record checked") {
    Plan p = district_plan();
    auto ok = load(p, "a.yaml",
                   "plankit-progress: 1\nyear: 2022\nunit: A\ncontributions:\n"
                   "  - {id: com, value: 3}\n  - {id: com, unit: B, value: 4, source: 区统计}\n");
    REQUIRE(ok.errors.empty());
    REQUIRE(ok.progress->contributions.size() == 2);
    CHECK(ok.progress->contributions[0].unit == "A");
    CHECK(ok.progress->contributions[1].unit == "B");
    CHECK(*ok.progress->contributions[1].source == "区统计");
    auto bad = load(p, "b.yaml",
                    "plankit-progress: 1\nyear: 2022\ncontributions:\n"
                    "  - {id: com, value: 3}\n"              // line 4: no unit
                    "  - {id: lit, unit: A, value: 3}\n"     // line 5: not additive
                    "  - {id: com, unit: D, value: 3}\n"     // line 6: D holds no allocation
                    "  - {id: com, unit: A, value: 3}\n"     // line 7
                    "  - {id: com, unit: A, value: 4}\n"     // line 8: a second one of A
                    "  - {id: com, unit: B, status: done}\n");  // line 9: unknown key, no value
    CHECK(bad.has("b.yaml:4:5", "no unit for this contribution"));
    CHECK(bad.has("b.yaml:5:5", "is not additive"));
    CHECK(bad.has("b.yaml:6:5", "holds no allocation"));
    CHECK(bad.has("b.yaml:8:5", "a second contribution of unit \"A\" to target \"com\" in 2022; the first is at b.yaml:7:5"));
    CHECK(bad.has("b.yaml:9:24", "unknown key `status` in a contribution record"));
    CHECK(bad.has("b.yaml:9:5", "missing required key `value`"));
    CHECK_FALSE(bad.progress);
}

TEST_CASE("contributions in CSV: kind contribution, a unit and a value") {
    Plan p = district_plan();
    auto ok = load(p, "c.csv", "year,kind,id,value,unit\n2023,contribution,com,5,A\n2023,contribution,com,4,B\n");
    REQUIRE(ok.errors.empty());
    CHECK(ok.progress->contributions.size() == 2);
    auto bad = load(p, "d.csv",
                    "year,kind,id,value,status,unit\n"
                    "2023,contribution,com,5,,\n"         // line 2: no unit
                    "2023,contribution,com,,,A\n"         // line 3: no value
                    "2023,contribution,com,5,done,A\n");  // line 4: a status
    CHECK(bad.has("d.csv:2:1", "missing `unit`"));
    CHECK(bad.has("d.csv:3:1", "missing `value`"));
    CHECK(bad.has("d.csv:4:1", "no `status`"));
}

TEST_CASE("the actual is the sum of the contributions without a record; the record stands otherwise") {
    // 2022: A 3 + B 4 = 7 (C silent); 2023: a record of 11 and parts 5 + 4 + 3 = 12.
    Plan p = district_plan();
    PlanGraph g(p);
    Progress pr;
    pr.contributions = {{"com", "B", 2022, 4, {}, {}, {}, {}}, {"com", "A", 2022, 3, {}, {}, {}, {}},
                        {"com", "A", 2023, 5, {}, {}, {}, {}}, {"com", "B", 2023, 4, {}, {}, {}, {}},
                        {"com", "C", 2023, 3, {}, {}, {}, {}}};
    pr.targets = {target_record("com", 2023, 11)};
    auto actuals = target_actuals(g, pr);
    CHECK(actuals[0].at(2022) == 7.0);
    CHECK(actuals[0].at(2023) == 11.0);
    // 2022: expected 8, actual 7: completion 7/8 = 0.875; C named as missing.
    YearScore s22 = score_year(g, pr, 2022);
    REQUIRE(s22.targets.size() == 2);  // com, then lit (grey)
    CHECK(*s22.targets[0].score.completion == 0.875);
    CHECK(s22.targets[0].summed);
    REQUIRE(s22.targets[0].shares.size() == 3);
    CHECK(s22.targets[0].shares[0].unit == "A");
    CHECK(*s22.targets[0].shares[0].allocation == 8.0);
    CHECK(*s22.targets[0].shares[0].contribution == 3.0);
    CHECK_FALSE(s22.targets[0].shares[2].contribution);  // C
    bool incomplete = false;
    for (const auto& f : s22.findings)
        if (f.code == "contributions-incomplete") {
            incomplete = true;
            CHECK(f.severity == Severity::warning);
            CHECK(f.args[2].ids == std::vector<std::string>{"C"});
        }
    CHECK(incomplete);
    // 2023: the record (11) stands; the parts add up to 12: an info with both figures.
    YearScore s23 = score_year(g, pr, 2023);
    CHECK(*s23.targets[0].score.actual == 11.0);
    CHECK_FALSE(s23.targets[0].summed);
    bool mismatch = false;
    for (const auto& f : s23.findings)
        if (f.code == "contributions-mismatch") {
            mismatch = true;
            CHECK(f.severity == Severity::info);
            CHECK(f.args[2].number == 12.0);
            CHECK(f.args[3].number == 11.0);
        }
    CHECK(mismatch);
}

TEST_CASE("parts that add up to the record on paper are no mismatch") {
    // 0.1 + 0.2 = 0.3 on paper (0.30000000000000004 in floating point).
    Plan p = district_plan();
    PlanGraph g(p);
    Progress pr;
    pr.contributions = {{"com", "A", 2022, 0.1, {}, {}, {}, {}}, {"com", "B", 2022, 0.2, {}, {}, {}, {}}};
    TargetContributions c(g, pr);
    CHECK(contribution_findings(g, c, 0, 2022, 0.3).empty());
    CHECK(contribution_findings(g, c, 0, 2022, 0.31).size() == 1);
}
