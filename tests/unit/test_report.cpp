// The yearly report: the words and symbols it shows, its Mermaid charts, the folder
// checks of `report --out` and the all-or-nothing write.
#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>

#include "memory_inputs.h"

#include "plan_graph.h"
#include "plan_loader.h"
#include "progress_loader.h"
#include "report_bundle.h"
#include "report_charts.h"
#include "report_markdown.h"

using namespace plankit;
namespace fs = std::filesystem;

namespace {

// Two chapters; task 2 waits for task 1, subtask 3.2 for 3.1; 1 and 2 advance `share`.
const char* kPlan = R"(plankit: 1
plan: {id: p, title: "Plan \"P\"", period: {start: 2021, end: 2023}}
units: [{id: u, name: Unit U}]
goals: [{id: g, title: G}]
chapters: [{id: c1, title: One}, {id: c2, title: Two}]
targets:
  - {id: share, name: Share, goal: g, measure: "%", owner: u,
     baseline: {year: 2020, value: 10}, milestones: [{year: 2023, value: 16}]}
tasks:
  - {id: "1", title: First, chapter: c1, targets: [share], lead: u}
  - {id: "2", title: Second, chapter: c1, targets: [share], lead: u, depends_on: ["1"]}
  - {id: "3", title: Third, chapter: c2, goals: [g], lead: u}
  - {id: "3.1", title: Desk, parent: "3"}
  - {id: "3.2", title: Answers, parent: "3", depends_on: ["3.1"]}
)";

const char* kProgress = R"(plankit-progress: 1
year: 2022
targets: [{id: share, value: 11}, {id: share, value: 12.5, year: 2021}]
tasks:
  - {id: "1", status: delayed}
  - {id: "2", status: on_track}
  - {id: "3.1", status: done}
)";

using Loaded = testing::LoadedInputs;

Loaded load() { return testing::load_from_memory(kPlan, kProgress); }

// A fresh empty folder under the system's temporary folder.
fs::path temp_folder(const std::string& name) {
    fs::path p = fs::temp_directory_path() / ("plankit-test-report-" + name);
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

}  // namespace

TEST_CASE("lights and trends are shown as symbols and words") {
    CHECK(light_text(Light::green, Lang::en) == "🟢 green");
    CHECK(light_text(Light::red, Lang::zh) == "🔴 红");
    CHECK(light_text(Light::grey, Lang::en) == "⚪ grey");
    CHECK(trend_text(Trend::moderately_improving, Lang::en) == "↗ moderately improving");
    CHECK(status_text(std::nullopt, Lang::zh) == "未报送");
    CHECK(status_text(Status::on_track, Lang::en) == "on track");
}

TEST_CASE("mermaid_text keeps a title inside its quotes and on one line") {
    CHECK(mermaid_text("a \"b\"\nc") == "a #quot;b#quot; c");
}

TEST_CASE("the charts of a small plan") {
    Loaded in = load();
    PlanGraph graph(in.plan);
    YearScore score = score_year(graph, in.progress, 2022);

    SUBCASE("a target's chart: bars of the actuals against the expected line") {
        REQUIRE(score.targets.size() == 1);
        // Expected: 2020 10 (baseline), 2021 10 + 6·1/3 = 12, 2022 10 + 6·2/3 = 14.
        // Actuals: 10 (the baseline), 12.5, 11. The axis tops at 15 (14 → next half ten).
        std::string chart = target_chart(graph.plan().targets[score.targets[0].index], score.targets[0], Lang::en);
        CHECK(chart.find("x-axis \"Year\" [\"2020\", \"2021\", \"2022\"]") != std::string::npos);
        CHECK(chart.find("y-axis \"%\" 0 --> 15") != std::string::npos);
        CHECK(chart.find("bar [10, 12.5, 11]") != std::string::npos);
        CHECK(chart.find("line [10, 12, 14]") != std::string::npos);
    }
    SUBCASE("status counts per chapter count leaves once, under their top-level task") {
        // c1: 1 delayed, 2 on track. c2: 3.1 done, 3.2 without a report (3 is composite).
        StatusCounts c1 = score.chapter_statuses[0];
        StatusCounts c2 = score.chapter_statuses[1];
        CHECK(c1.total == 2);
        CHECK(c2.total == 2);
        auto count = [](const StatusCounts& c, const std::string& key) {
            for (const auto& [k, n] : c.counts) {
                if (k == key) return n;
            }
            return -1;
        };
        CHECK(count(c1, "status.delayed") == 1);
        CHECK(count(c1, "status.on_track") == 1);
        CHECK(count(c2, "status.done") == 1);
        CHECK(count(c2, "status.none") == 1);
        std::string pie = status_pie("c2 Two", c2, Lang::en);
        CHECK(pie.find("\"done\" : 1") != std::string::npos);
        CHECK(pie.find("\"no report\" : 1") != std::string::npos);
        CHECK(pie.find("delayed") == std::string::npos);  // zero slices are left out
    }
    SUBCASE("the risk flowchart links slipping tasks to what they endanger") {
        // 1 is delayed (slipping) and blocks 2; both advance `share`. 3.2 has no report
        // (slipping) but blocks nothing and advances no target, so it is not drawn.
        std::string chart = risk_flowchart(graph.plan(), score);
        CHECK(chart.find("task0 --> task1") != std::string::npos);
        CHECK(chart.find("task0 --> target0") != std::string::npos);
        CHECK(chart.find("task1 --> target0") != std::string::npos);
        CHECK(chart.find("task4") == std::string::npos);
    }
    SUBCASE("the Markdown report names the plan, the year and the score") {
        std::string md = report_to_markdown(graph.plan(), score, Lang::en);
        CHECK(md.rfind("# Plan \"P\"\n\n**Yearly report 2022** · `p`", 0) == 0);
        CHECK(md.find("```mermaid\nflowchart LR") != std::string::npos);
        CHECK(md.back() == '\n');
        CHECK(md.find("\n\n\n") == std::string::npos);
    }
    SUBCASE("the overview counts what the tables of what slipped list, under their names") {
        // Slipping: 1 (delayed) and 3.2 (no report); at risk: task 2, blocked by 1; the
        // target `share`, advanced by both 1 and 2.
        std::string en = report_to_markdown(graph.plan(), score, Lang::en);
        CHECK(en.find("- Slipping tasks: 2\n- Tasks at risk: 1\n- Targets at risk: 1\n") != std::string::npos);
        CHECK(en.find("### Slipping tasks (2)") != std::string::npos);
        CHECK(en.find("### Tasks at risk (1)") != std::string::npos);
        CHECK(en.find("### Targets at risk (1)") != std::string::npos);
        // In Chinese 滞后 is the status `delayed` only; slipping and at risk have words of their own.
        std::string zh = report_to_markdown(graph.plan(), score, Lang::zh);
        CHECK(zh.find("- 进度落后的任务：2\n- 受影响的任务：1\n- 受影响的指标：1\n") != std::string::npos);
        CHECK(zh.find("### 进度落后的任务（2）") != std::string::npos);
        CHECK(zh.find("### 受影响的任务（1）") != std::string::npos);
        CHECK(zh.find("### 受影响的指标（1）") != std::string::npos);
        CHECK(zh.find("滞后：") == std::string::npos);
        CHECK(zh.find("有风险") == std::string::npos);
    }
}

TEST_CASE("check_report_folder refuses a folder that is or holds an input") {
    fs::path dir = temp_folder("check");
    fs::create_directories(dir / "plans");
    std::ofstream(dir / "plans" / "plan.yaml") << "x";
    const std::string plan = (dir / "plans" / "plan.yaml").string();
    CHECK(check_report_folder((dir / "plans").string(), {plan}));
    CHECK(check_report_folder(dir.string(), {plan}));
    CHECK(check_report_folder((dir / "plans" / ".").string(), {plan}));
    CHECK(check_report_folder(plan, {plan}));                       // the input itself
    CHECK(check_report_folder((dir / "plans").string(), {(dir / "plans").string()}));  // a progress folder
    CHECK_FALSE(check_report_folder((dir / "out").string(), {plan}));
    CHECK_FALSE(check_report_folder((dir / "plans-out").string(), {plan}));  // a prefix of the name only
    fs::remove_all(dir);
}

TEST_CASE("write_report writes every file or none") {
    fs::path dir = temp_folder("write");
    std::vector<ReportFile> files = {{"a.md", "A\n"}, {"b.csv", "B\r\n"}};

    SUBCASE("a missing folder is made, with its parents") {
        CHECK_FALSE(write_report((dir / "x" / "y").string(), files));
        CHECK(fs::exists(dir / "x" / "y" / "a.md"));
        CHECK(fs::exists(dir / "x" / "y" / "b.csv"));
    }
    SUBCASE("a folder in the way of one file: nothing written, the new folder removed") {
        fs::create_directories(dir / "z" / "b.csv");
        CHECK(write_report((dir / "z").string(), files));
        CHECK_FALSE(fs::exists(dir / "z" / "a.md"));
    }
    SUBCASE("a write that fails removes the folder it made") {
        // `sub/c` needs a folder `sub` inside the new folder, which nobody makes.
        CHECK(write_report((dir / "new").string(), {{"sub/c", "C"}}));
        CHECK_FALSE(fs::exists(dir / "new"));
    }
    fs::remove_all(dir);
}
