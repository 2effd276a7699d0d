// The HTML report: the escaper, the SVG charts, the Graphviz picture and the page.
#include <doctest/doctest.h>

#include "html.h"
#include "memory_inputs.h"
#include "plan_graph.h"
#include "report_html.h"
#include "report_markdown.h"
#include "score_tables.h"
#include "svg_chart.h"
#include "svg_layout.h"

using namespace plankit;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The small plan of test_report.cpp, with hostile texts: a task title and a unit name
// that would run as markup if written raw, and a target name that would end an SVG.
const char* kPlan = R"(plankit: 1
plan: {id: p, title: "P & Q", period: {start: 2021, end: 2023}, document: "文〔2021〕6号"}
units: [{id: u, name: "单位</svg><script>alert(2)</script>"}]
goals: [{id: g, title: G}]
chapters: [{id: c1, title: One}, {id: c2, title: Two}]
targets:
  - {id: share, name: "Share</svg><b>", goal: g, measure: "%", owner: u,
     baseline: {year: 2020, value: 10}, milestones: [{year: 2023, value: 16}]}
tasks:
  - {id: "1", title: "完善…<img src=x onerror=alert(1)>", chapter: c1, targets: [share], lead: u}
  - {id: "2", title: Second, chapter: c1, targets: [share], lead: u, depends_on: ["1"]}
  - {id: "3", title: Third, chapter: c2, goals: [g], lead: u}
  - {id: "3.1", title: Desk, parent: "3"}
  - {id: "3.2", title: Answers, parent: "3", depends_on: ["3.1"]}
)";

const char* kProgress = R"(plankit-progress: 1
year: 2022
submitted: 2022-12-20
targets: [{id: share, value: 11}, {id: share, value: 12.5, year: 2021}]
tasks:
  - {id: "1", status: delayed}
  - {id: "2", status: on_track}
  - {id: "3.1", status: done}
)";

}  // namespace

TEST_CASE("html_text escapes every character that could start markup or end an attribute") {
    CHECK(html_text("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;");
    CHECK(html_text("a & \"b\" 'c'") == "a &amp; &quot;b&quot; &#39;c&#39;");
    CHECK(html_text("中文") == "中文");
    CHECK(html_text("a\x1b[31m") == "a\\x1b[31m");  // a raw escape never reaches the page
    CHECK(html_lines("x\r\ny<z") == "x<br>y&lt;z");
}

TEST_CASE("the evaluation date is the latest submitted date of the year's records") {
    Progress p;
    p.tasks.push_back({"1", 2022, Status::done, {}, {}, {}, "2022-12-20", {}});
    p.tasks.push_back({"2", 2022, Status::done, {}, {}, {}, "2023-01-05", {}});
    p.tasks.push_back({"3", 2022, Status::done, {}, {}, {}, std::nullopt, {}});
    p.targets.push_back({"t", 2023, 1.0, {}, {}, {}, "2024-01-10", {}});  // another year
    CHECK(evaluation_date(p, 2022) == std::optional<std::string>("2023-01-05"));
    CHECK(evaluation_date(p, 2023) == std::optional<std::string>("2024-01-10"));
    CHECK_FALSE(evaluation_date(p, 2021));
}

TEST_CASE("the SVG charts of a small plan") {
    auto in = testing::load_from_memory(kPlan, kProgress);
    PlanGraph graph(in.plan);
    YearScore score = score_year(graph, in.progress, 2022);
    REQUIRE(score.targets.size() == 1);

    SUBCASE("a target's chart: bars of the actuals, the expected line, a size and escaped text") {
        // Axis 0–15 over y 166 (bottom) to 16 (top): 150 px / 15 = 10 px a unit. Actual
        // 12.5 → y 166 − 125 = 41; 11 → 56. Three slots of (508 − 56) / 3 =
        // 150.67 px, centres 131.3, 282, 432.7; expected 10, 12, 14 → y 66, 46, 26.
        std::string svg = svg_target_chart(graph.plan().targets[0], score.targets[0], Lang::en);
        CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"520\" height=\"220\"", 0) == 0);
        CHECK(has(svg, "y=\"41\" width=\"90.4\" height=\"125\""));
        CHECK(has(svg, "y=\"56\" width=\"90.4\" height=\"110\""));
        CHECK(has(svg, "<polyline points=\"131.3,66 282,46 432.7,26\""));
        CHECK(has(svg, "<title>Share&lt;/svg&gt;&lt;b&gt;</title>"));
        CHECK_FALSE(has(svg, "</svg><b>"));
    }
    SUBCASE("task status of all chapters as one stacked bar chart, counts in the parts") {
        // The longest bar holds 2 tasks over 508 − 64 = 444 px: 222 px a task. c1: on track
        // 1 at x 64, delayed 1 at 286; c2: done 1 at 64, no report 1 at 286, a row lower.
        std::string svg = svg_status_chart(in_plan_order(score.chapters), score.chapter_statuses, Lang::en);
        CHECK(has(svg, "<rect x=\"64\" y=\"8\" width=\"222\" height=\"14\" fill=\"#81c784\"/>"));
        CHECK(has(svg, "<rect x=\"286\" y=\"8\" width=\"222\" height=\"14\" fill=\"#f9a825\"/>"));
        CHECK(has(svg, "<rect x=\"64\" y=\"30\" width=\"222\" height=\"14\" fill=\"#2e7d32\"/>"));
        CHECK(has(svg, ">not started</text>"));  // every status named in the legend
        CHECK_FALSE(has(svg, "height=\"0\""));
    }
    SUBCASE("the plan score per year, years without a score left bare") {
        History h;
        h.plan_scores = {{2021, 80.0, {}}, {2022, std::nullopt, {}}};
        // 0–100 over y 170 to 16: 80 → 170 − 0.8 · 154 = 46.8.
        std::string svg = svg_history_chart(h, Lang::en);
        CHECK(has(svg, "y=\"46.8\""));
        CHECK(has(svg, ">80</text>"));
        CHECK(has(svg, ">2022</text>"));
        h.plan_scores = {{2021, std::nullopt, {}}};
        CHECK(svg_history_chart(h, Lang::en).empty());
    }
    SUBCASE("the page: self-contained, dated, escaped, with a table of contents") {
        std::string page = report_to_html(graph.plan(), score, Lang::en);
        CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
        CHECK(has(page, "文〔2021〕6号"));
        CHECK(has(page, "evaluated 2022-12-20"));
        CHECK(has(page, "<nav class=\"toc\">"));
        CHECK(has(page, "<a href=\"#s1\">Overview</a>"));
        CHECK(has(page, "完善…&lt;img src=x onerror=alert(1)&gt;"));
        CHECK(has(page, "单位&lt;/svg&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
        CHECK_FALSE(has(page, "<script"));
        CHECK_FALSE(has(page, "<img"));
        CHECK_FALSE(has(page, "http://") != has(page, "http://www.w3.org/2000/svg"));  // nothing fetched
        CHECK(has(page, "<td class=\"num\">65</td>"));
        // The light as a shape and a word, not an emoji a printer or an old PC may lack:
        // share got 11 − 10 = 1 of the 14 − 10 = 4 expected, completion 0.25 < 0.8, red.
        CHECK(has(page, "<span class=\"light red\">■</span> red"));
        CHECK_FALSE(has(page, "🔴"));  // chapter c1: (50 + 80) / 2, right-aligned
        CHECK(page == report_to_html(graph.plan(), score, Lang::en));  // the same bytes every run
    }
    SUBCASE("the Markdown report shows the same hostile texts as text") {
        std::string md = report_to_markdown(graph.plan(), score, Lang::en);
        CHECK(has(md, "完善…&lt;img src=x onerror=alert(1)&gt;"));
        CHECK_FALSE(has(md, "<img"));
        CHECK_FALSE(has(md, "<script"));
        CHECK(has(md, "evaluated 2022-12-20"));
    }
}

TEST_CASE("Graphviz lays out the risk picture as inline SVG, labels as text") {
    LayoutGraph g;
    g.nodes = {{"task0", "1 完善…<img src=x onerror=alert(1)>", "#f8d7da", "#b02a37"},
               {"target0", "a\\nb &lt; c", "#cfe2ff", "#0a58ca"}};
    g.edges = {{"task0", "target0"}};
    auto svg = layout_svg(g);
    REQUIRE(svg);
    CHECK(svg->rfind("<svg ", 0) == 0);
    CHECK(svg->size() > 8);
    CHECK(svg->compare(svg->size() - 6, 6, "</svg>") == 0);
    CHECK_FALSE(has(*svg, "<?xml"));
    CHECK_FALSE(has(*svg, "<!--"));
    CHECK_FALSE(has(*svg, "<img"));
    CHECK(has(*svg, "&lt;img src=x onerror=alert(1)&gt;"));
    CHECK(has(*svg, "a\\nb &amp;lt; c"));  // shown as written: no line break, no entity
    CHECK(*svg == *layout_svg(g));          // the same bytes every run
}

TEST_CASE("graphviz_label keeps backslashes and ampersands as written") {
    CHECK(graphviz_label("a\\N&b") == "a\\\\N&amp;b");
}
