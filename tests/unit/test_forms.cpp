// The forms of a year: who is asked for what, the file names, and forms that read back as
// progress files and leave nothing due unreported once filled in.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "csv_writer.h"
#include "form_layout.h"
#include "form_writers.h"
#include "forms.h"
#include "forms_folder.h"
#include "memory_inputs.h"
#include "plan_graph.h"
#include "progress_loader.h"
#include "workbook_sheet.h"
#include "year_score.h"

using namespace plankit;

namespace {

// Unit a owns `lit` and `towns` (additive, allocated to a and b); `old` is scored up to
// 2023 only. Task 1 has subtasks 1.1 (lead a) and 1.2 (leads b, then a); task 2 starts in
// 2026. Unit c has nothing to report.
const char* kPlan = R"(plankit: 1
plan: {id: fp, title: Forms plan, period: {start: 2024, end: 2026}}
units:
  - {id: a, name: Office A}
  - {id: b, name: 区科协}
  - {id: c, name: Idle}
goals:
  - {id: g, title: G}
targets:
  - {id: lit, name: Literacy, goal: g, measure: "%", owner: a, baseline: {year: 2023, value: 10},
     milestones: [{year: 2026, value: 16}]}
  - {id: towns, name: Towns, goal: g, owner: a, additive: true, baseline: {year: 2023, value: 0},
     milestones: [{year: 2026, value: 30}], allocations: [{unit: b, value: 20}, {unit: a, value: 10}]}
  - {id: old, name: Old, goal: g, owner: b, baseline: {year: 2020, value: 1}, milestones: [{year: 2023, value: 2}]}
tasks:
  - {id: "1", title: One, goals: [g], lead: a}
  - {id: "1.1", parent: "1", title: One one, targets: [lit], milestones: [{year: 2025, text: Open 3}, {year: 2025, text: Train 9}]}
  - {id: "1.2", parent: "1", title: One two, lead: [b, a], targets: [towns]}
  - {id: "2", title: Two, goals: [g], lead: b, start: 2026}
)";

Plan load(MemoryFiles& files) {
    files.add("plan.yaml", kPlan);
    Diagnostics diags;
    auto plan = load_plan("plan.yaml", files, diags);
    REQUIRE(plan);
    return std::move(*plan);
}

std::vector<std::string> ids(const UnitForm& form) {
    std::vector<std::string> out;
    for (const auto& r : form.rows) out.push_back(r.id + "/" + form_kind(r.kind, Lang::en));
    return out;
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a form per unit with something to report: owned targets, contributions, leaf tasks led first") {
    MemoryFiles files;
    Plan plan = load(files);
    PlanGraph graph(plan);
    Forms forms = make_forms(graph, 2025);
    REQUIRE(forms.units.size() == 2);  // c has nothing
    CHECK(forms.units[0].unit == "a");
    // `old` is no longer scored in 2025; 1 is composite; 1.2 goes to its first lead b.
    CHECK(ids(forms.units[0]) == Ids{"lit/target", "towns/target", "towns/contribution", "1.1/task"});
    CHECK(forms.units[1].unit == "b");
    CHECK(ids(forms.units[1]) == Ids{"towns/contribution", "1.2/task"});
    const auto& lit = forms.units[0].rows[0];
    // Linear from 10 (2023) to 16 (2026): 2 a year, so 14 in 2025.
    CHECK(lit.expected == doctest::Approx(14));
    CHECK(lit.baseline == 10);
    CHECK(lit.measure == "%");
    // A contribution row shows the unit's own allocation, not the target's value.
    CHECK(forms.units[0].rows[2].expected == 10);
    CHECK(forms.units[1].rows[0].expected == 20);
    CHECK(forms.units[0].rows[3].milestone == "Open 3; Train 9");
    // In 2026 task 2 is due for b as well.
    CHECK(ids(make_forms(graph, 2026).units[1]) == Ids{"towns/contribution", "1.2/task", "2/task"});
    // Only the units asked for.
    Forms only_b = make_forms(graph, 2025, {"b"});
    REQUIRE(only_b.units.size() == 1);
    CHECK(only_b.units[0].unit == "b");
}

TEST_CASE("file names a person recognises, safe on Windows") {
    UnitForm form{"cast.popsci", "科学技术普及部", {}};
    CHECK(form_file_name(form, 2025, FormFormat::xlsx) == "cast.popsci-科学技术普及部-2025.xlsx");
    form = {"x", "R&D: \"new\"/old?", {}};
    CHECK(form_file_name(form, 2025, FormFormat::csv) == "x-R&D_ _new__old_-2025.csv");
    form = {"con.east", "East", {}};
    CHECK(form_file_name(form, 2025, FormFormat::yaml) == "_con.east-East-2025.yaml");
    form = {"u", std::string(200, 'n') + "...", {}};
    CHECK(form_file_name(form, 2025, FormFormat::csv).size() == 120 + std::string("-2025.csv").size());
}

TEST_CASE("index.csv lists units, files and row counts") {
    MemoryFiles files;
    Plan plan = load(files);
    PlanGraph graph(plan);
    std::string error;
    auto folder = forms_folder(make_forms(graph, 2025), {FormFormat::csv, Lang::en, false}, error);
    CHECK(error.empty());
    REQUIRE(folder.size() == 3);
    CHECK(folder[2].name == "index.csv");
    CHECK(folder[2].content ==
          "unit,name,file,rows,targets,contributions,tasks\r\n"
          "a,Office A,a-Office A-2025.csv,4,2,1,1\r\n"
          "b,区科协,b-区科协-2025.csv,2,0,1,1\r\n");
}

// Fills a CSV form as a unit would: a status and progress for each task, a value for each
// target and contribution.
std::string fill_csv(const std::string& form) {
    std::string out;
    std::size_t start = 0;
    bool header = true;
    while (start < form.size()) {
        std::size_t end = form.find("\r\n", start);
        std::string line = form.substr(start, end - start);
        start = end + 2;
        if (header) {
            out += line + "\r\n";
            header = false;
            continue;
        }
        // The last four cells are status, progress, value and note, all empty.
        REQUIRE(line.size() >= 4);
        CHECK(line.substr(line.size() - 4) == ",,,,");
        line.resize(line.size() - 4);
        bool task = line.find(",task,") != std::string::npos || line.find(",任务,") != std::string::npos;
        out += line + (task ? ",已完成,0.9,," : ",,,7,") + "\r\n";
    }
    return out;
}

TEST_CASE("filled-in CSV and YAML forms read back, and every due task and scored target is reported") {
    MemoryFiles files;
    Plan plan = load(files);
    PlanGraph graph(plan);
    Forms forms = make_forms(graph, 2025);
    std::vector<std::string> paths;
    for (const auto& unit : forms.units) {
        std::string path = unit.unit + ".csv";
        files.add(path, fill_csv(form_to_csv(forms, unit, Lang::zh)));
        paths.push_back(path);
    }
    auto loaded = testing::load_progress_from(plan, files, paths);
    REQUIRE(loaded.progress);
    CHECK(loaded.progress->targets.size() == 2);
    CHECK(loaded.progress->contributions.size() == 2);
    CHECK(loaded.progress->tasks.size() == 2);
    YearScore score = score_year(graph, *loaded.progress, 2025);
    for (const auto& f : score.findings) {
        CHECK_MESSAGE(f.code != "missing-report", f.subject);
        CHECK_MESSAGE(f.code != "missing-data", f.subject);
    }
    // An untouched YAML form reads as no records at all; so does one with Chinese words.
    for (const auto& unit : forms.units) files.add(unit.unit + ".yaml", form_to_yaml(forms, unit, Lang::zh));
    auto untouched = testing::load_progress_from(plan, files, {"a.yaml", "b.yaml"});
    REQUIRE(untouched.progress);
    CHECK(untouched.progress->tasks.empty());
    CHECK(untouched.progress->targets.empty());
}

TEST_CASE("an xlsx form reads back: header in the plan's words, the rows pre-filled, reports empty") {
    MemoryFiles files;
    Plan plan = load(files);
    PlanGraph graph(plan);
    Forms forms = make_forms(graph, 2025);
    std::string bytes;
    REQUIRE_FALSE(form_to_xlsx(forms, forms.units[1], Lang::zh, bytes));
    std::vector<std::vector<std::string>> rows;
    auto error = read_first_sheet(bytes, {}, [&](const SheetRow& row) {
        std::vector<std::string> cells;
        for (const auto& c : row.cells) cells.push_back(c.text);
        rows.push_back(cells);
    });
    REQUIRE_FALSE(error);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == form_header(Lang::zh));
    CHECK(rows[0][0] == "年度");
    // Year, kind, id and unit filled in; the reference columns; nothing to the right.
    CHECK(rows[2] == std::vector<std::string>{"2025", "任务", "1.2", "b", "One two"});
    CHECK(rows[1][1] == "分解");
    CHECK(rows[1][8] == "20");  // b's allocation
    // The same forms are the same bytes.
    std::string again;
    REQUIRE_FALSE(form_to_xlsx(forms, forms.units[1], Lang::zh, again));
    CHECK(again == bytes);
    // And untouched, it is a progress file with nothing reported yet.
    files.add("b.xlsx", bytes);
    auto loaded = testing::load_progress_from(plan, files, {"b.xlsx"});
    REQUIRE(loaded.progress);
    CHECK(loaded.progress->tasks.empty());
}

TEST_CASE("forms folder: --bom on CSV forms and index.csv; names equal but for case kept apart") {
    Forms forms{"p", "P", 2025, {}};
    FormRow row;
    row.id = "1";
    row.title = "T";
    forms.units.push_back(UnitForm{"A", "Same", {row}});
    forms.units.push_back(UnitForm{"a", "Same", {row}});
    std::string error;
    auto folder = forms_folder(forms, {FormFormat::csv, Lang::en, true}, error);
    REQUIRE(folder.size() == 3);
    // Windows and macOS would see one file: the second is numbered.
    CHECK(folder[0].name == "A-Same-2025.csv");
    CHECK(folder[1].name == "a-2-2025.csv");
    for (const auto& f : folder) CHECK(f.content.rfind("\xEF\xBB\xBF", 0) == 0);
    // YAML forms have no byte-order mark, whatever --bom says; index.csv does.
    auto yaml = forms_folder(forms, {FormFormat::yaml, Lang::en, true}, error);
    CHECK(yaml[0].content.rfind("# ", 0) == 0);
    CHECK(yaml[2].content.rfind("\xEF\xBB\xBFunit,name,file", 0) == 0);
}
