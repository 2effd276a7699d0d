// The rules of a progress table, read from CSV and from a workbook's first sheet alike.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "memory_inputs.h"
#include "progress_loader.h"
#include "workbook_fixture.h"

using namespace plankit;
using namespace plankit::testing;

namespace {

// Target `lit`; additive target `towns`, allocated to unit b; leaf tasks 7 and 8; units a, b.
Plan table_plan() {
    Plan plan;
    plan.id = "t";
    plan.start = 2021;
    plan.end = 2025;
    for (const char* id : {"a", "b"}) plan.units.push_back(Unit{id, id, "", {}, {}, {}, {}});
    Target lit;
    lit.id = "lit";
    Target towns;
    towns.id = "towns";
    towns.additive = true;
    towns.allocations.push_back(Allocation{"b", 5, 2025, {}});
    plan.targets = {lit, towns};
    for (const char* id : {"7", "8"}) {
        Task t;
        t.id = id;
        plan.tasks.push_back(t);
    }
    return plan;
}

LoadedProgress load_text(const std::string& name, const std::string& bytes) {
    MemoryFiles files;
    files.add(name, bytes);
    return load_progress_from(table_plan(), files, {name});
}

// A workbook whose first sheet holds `rows` of inline-string cells (columns A, B, ...).
std::string workbook_of(const std::vector<std::vector<std::string>>& rows) {
    std::string xml;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::string n = std::to_string(r + 1);
        xml += "<row r=\"" + n + "\">";
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            if (!rows[r][c].empty()) xml += inline_cell(std::string(1, static_cast<char>('A' + c)) + n, rows[r][c]);
        xml += "</row>";
    }
    return make_workbook(xml);
}

}  // namespace

TEST_CASE("Chinese headers, kinds and statuses, and a percentage progress, in CSV") {
    auto r = load_text("p.csv",
                       "\xEF\xBB\xBF年度,类型,编号,数值,状态,进度,单位,说明,来源\r\n"
                       "2025,指标,lit,12.5,,,a,,2025 survey\r\n"
                       "2025,任务,7,,按计划推进,90%,a,三校联动,\r\n"
                       "2025,分解,towns,3,,,b,,\r\n");
    REQUIRE(r.progress);
    const Progress& p = *r.progress;
    REQUIRE(p.targets.size() == 1);
    CHECK(p.targets[0].value == 12.5);
    CHECK(p.targets[0].source == "2025 survey");
    REQUIRE(p.tasks.size() == 1);
    CHECK(p.tasks[0].status == Status::on_track);
    CHECK(p.tasks[0].progress == doctest::Approx(0.9));
    CHECK(p.tasks[0].note == "三校联动");
    REQUIRE(p.contributions.size() == 1);
    CHECK(p.contributions[0].unit == "b");
    CHECK(p.contributions[0].value == 3);
}

TEST_CASE("a missing column that rows need is one error at the header, not one a row") {
    auto r = load_text("p.csv",
                       "year,kind,id,progress\n"
                       "2025,task,7,0.5\n"
                       "2025,task,8,0.5\n"
                       "2025,target,lit,\n");
    CHECK_FALSE(r.progress);
    REQUIRE(r.errors.size() == 2);
    CHECK(r.has("p.csv:1:1", "no `status` column, which a task row needs (the first at line 2)"));
    CHECK(r.has("p.csv:1:1", "no `value` column, which a target row needs (the first at line 4)"));
}

TEST_CASE("a form's reference columns are skipped, and its untouched rows are not yet records") {
    auto r = load_text("p.csv",
                       "year,kind,id,unit,title,milestone,measure,baseline,expected,status,progress,value,note\n"
                       "2025,task,7,a,\"Build, then open\",Open 3,,,,done,,,\n"
                       "2025,task,8,a,Train,,,,,,,,\n"
                       "2025,target,lit,a,Literacy,,%,10,12,,,12.1,\n");
    REQUIRE(r.progress);
    CHECK(r.progress->tasks.size() == 1);
    CHECK(r.progress->tasks[0].id == "7");
    CHECK(r.progress->targets.size() == 1);
    // Without reference columns, the same empty row is the error it always was.
    auto plain = load_text("q.csv", "year,kind,id,status\n2025,task,8,\n");
    CHECK(plain.has("q.csv:2:1", "missing `status` (a task row needs one)"));
}

TEST_CASE("progress as a percentage and submitted as a date are checked") {
    auto r = load_text("p.csv",
                       "year,kind,id,status,progress,submitted\n"
                       "2025,task,7,done,120%,2025-12-20\n"
                       "2025,task,8,done,x%,20.12.2025\n");
    CHECK(r.has("p.csv:2:1", "`progress` must be a number from 0 to 1, found 120%"));
    CHECK(r.has("p.csv:3:1", "`progress` is not a number: \"x%\""));
    CHECK(r.has("p.csv:3:1", "`submitted` must be a date (YYYY-MM-DD), found \"20.12.2025\""));
}

TEST_CASE("YAML statuses may be the Chinese words, empty optional keys are absent, an untouched form record is skipped") {
    auto r = load_text("p.yaml",
                       "plankit-progress: 1\nyear: 2025\nunit: a\n"
                       "tasks:\n"
                       "  - {id: \"7\", status: 已完成, progress: , note: }\n"
                       "  - id: \"8\"\n    status:\n    progress:\n    note:\n");
    REQUIRE(r.progress);
    REQUIRE(r.progress->tasks.size() == 1);
    CHECK(r.progress->tasks[0].status == Status::done);
    // Optional keys left empty are absent, as empty CSV cells are.
    CHECK_FALSE(r.progress->tasks[0].progress);
    CHECK_FALSE(r.progress->tasks[0].note);
}

TEST_CASE("a workbook reads as CSV does, with errors at the cell") {
    auto r = load_text("p.xlsx", workbook_of({{"年度", "类型", "编号", "状态", "进度", "数值"},
                                              {"2025", "任务", "7", "滞后", "0.4", ""},
                                              {"2025", "指标", "lit", "", "", "11"}}));
    REQUIRE(r.progress);
    REQUIRE(r.progress->tasks.size() == 1);
    CHECK(r.progress->tasks[0].status == Status::delayed);
    CHECK(r.progress->tasks[0].progress == doctest::Approx(0.4));
    CHECK(to_string(r.progress->tasks[0].loc) == "p.xlsx:2:1");
    REQUIRE(r.progress->targets.size() == 1);
    CHECK(r.progress->targets[0].value == 11);

    auto bad = load_text("q.xlsx", workbook_of({{"year", "kind", "id", "status", "progress", "colour"},
                                                {"2025", "task", "9", "finished", "2", ""}}));
    CHECK_FALSE(bad.progress);
    CHECK(bad.has("q.xlsx:1:6", "unknown column `colour`"));
    // The header is unusable only for missing required columns: `colour` leaves it usable.
    CHECK(bad.has("q.xlsx:2:4", "unknown status \"finished\""));
    CHECK(bad.has("q.xlsx:2:5", "`progress` must be a number from 0 to 1, found 2"));
    CHECK(bad.has("q.xlsx:2:3", "no task \"9\" in the plan"));
}

TEST_CASE("a workbook's number cells: a date in submitted, a cell beyond the header") {
    std::string rows = "<row r=\"1\">" + inline_cell("A1", "year") + inline_cell("B1", "kind") + inline_cell("C1", "id") +
                       inline_cell("D1", "status") + inline_cell("E1", "submitted") + "</row>"
                       "<row r=\"2\">" + number_cell("A2", "2025") + inline_cell("B2", "task") + inline_cell("C2", "7") +
                       inline_cell("D2", "done") + number_cell("E2", "46011") + "</row>"
                       "<row r=\"3\">" + number_cell("A3", "2025") + inline_cell("B3", "task") + inline_cell("C3", "8") +
                       inline_cell("D3", "done") + number_cell("G3", "1") + "</row>";
    auto r = load_text("p.xlsx", make_workbook(rows));
    CHECK_FALSE(r.progress);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.has("p.xlsx:3:7", "a cell to the right of the header's columns (column 7)"));
}

TEST_CASE("a hostile workbook is one located error") {
    auto r = load_text("p.xlsx", "PK\x03\x04 not really");
    CHECK_FALSE(r.progress);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.has("p.xlsx:1:1", "not a workbook: not a zip archive"));
    auto formula = load_text("f.xlsx", make_workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>year</t></is></c></row>"
                                                     "<row r=\"2\"><c r=\"A2\"><f>2024+1</f></c></row>"));
    CHECK(formula.has("f.xlsx:2:1", "A2 holds a formula without a stored value"));
}

TEST_CASE("a folder's workbooks are read with its other progress files") {
    MemoryFiles files;
    files.add("in/a.csv", "year,kind,id,status\n2025,task,7,done\n");
    files.add("in/b.xlsx", workbook_of({{"year", "kind", "id", "status"}, {"2025", "task", "8", "blocked"}}));
    files.add("in/c.txt", "ignored");
    // The forms' list, sent back with them, is not a progress file; another index.csv is.
    files.add("in/index.csv", "unit,name,file,rows,targets,contributions,tasks\r\na,A,a-A-2025.csv,1,0,0,1\r\n");
    auto r = load_progress_from(table_plan(), files, {"in"});
    REQUIRE(r.progress);
    CHECK(r.progress->files == std::vector<std::string>{"in/a.csv", "in/b.xlsx"});
    CHECK(r.progress->tasks.size() == 2);
    files.add("in/index.csv", "year,kind,id,status\n2025,target,lit,done\n");
    auto other = load_progress_from(table_plan(), files, {"in"});
    CHECK(other.has("in/index.csv:2:1", "a target row has no `status`"));
}
