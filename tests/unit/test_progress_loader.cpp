#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "memory_inputs.h"
#include "progress_loader.h"

using namespace plankit;

namespace {

// Targets lit and sci; tasks 1 (with subtask 1.1), 2 and 15; units u1 and u2.
Plan small_plan() {
    Plan plan;
    plan.id = "p";
    plan.start = 2021;
    plan.end = 2025;
    for (const char* id : {"u1", "u2"}) plan.units.push_back(Unit{id, id, "", {}, {}, {}, {}});
    for (const char* id : {"lit", "sci"}) {
        Target t;
        t.id = id;
        plan.targets.push_back(t);
    }
    for (const char* id : {"1", "1.1", "2", "15"}) {
        Task t;
        t.id = id;
        if (t.id == "1.1") t.parent = "1";
        plan.tasks.push_back(t);
    }
    return plan;
}

using Loaded = testing::LoadedProgress;

Loaded load(const MemoryFiles& files, const std::vector<std::string>& paths, LoadOptions opts = {}) {
    return testing::load_progress_from(small_plan(), files, paths, opts);
}

Loaded load_one(const std::string& name, const std::string& text) {
    MemoryFiles files;
    files.add(name, text);
    return load(files, {name});
}

}  // namespace

TEST_CASE("a YAML file: defaults from the top, records in order") {
    auto r = load_one("p.yaml",
                      "plankit-progress: 1\n"
                      "year: 2023\n"
                      "unit: u1\n"
                      "submitted: 2023-12-20\n"
                      "x-extra: {anything: [1, 2]}\n"
                      "targets:\n"
                      "  - {id: lit, value: 12.9, source: 2023 survey}\n"
                      "  - {id: sci, value: 17, year: 2022, unit: u2}\n"
                      "tasks:\n"
                      "  - {id: \"15\", status: done}\n"
                      "  - {id: 2, status: on_track, progress: 0.7, note: 三校联动}\n");
    REQUIRE(r.errors.empty());
    REQUIRE(r.progress);
    const Progress& p = *r.progress;
    REQUIRE(p.targets.size() == 2);
    CHECK(p.targets[0].id == "lit");
    CHECK(p.targets[0].year == 2023);
    CHECK(p.targets[0].value == 12.9);
    CHECK(p.targets[0].source == "2023 survey");
    CHECK(p.targets[0].unit == "u1");  // from the top of the file
    CHECK(p.targets[0].loc.line == 7);
    CHECK(p.targets[0].loc.col == 5);  // the `{`
    CHECK(p.targets[1].year == 2022);
    CHECK(p.targets[1].unit == "u2");
    REQUIRE(p.tasks.size() == 2);
    CHECK(p.tasks[0].id == "15");
    CHECK(p.tasks[0].status == Status::done);
    CHECK_FALSE(p.tasks[0].progress);
    CHECK(p.tasks[1].id == "2");  // the integer 2 as its decimal text
    CHECK(p.tasks[1].progress == 0.7);
    CHECK(p.tasks[1].note == "三校联动");
    CHECK(p.files == std::vector<std::string>{"p.yaml"});
}

TEST_CASE("YAML: version, unknown keys and required fields") {
    auto r = load_one("p.yaml",
                      "year: 2023\n"
                      "untis: u1\n"
                      "targets:\n"
                      "  - {id: lit}\n"
                      "  - {id: sci, value: 1, status: done}\n"
                      "tasks:\n"
                      "  - {id: \"2\", progress: 0.5}\n");
    CHECK_FALSE(r.progress);
    CHECK(r.has("p.yaml:1:1", "missing required key `plankit-progress`"));
    CHECK(r.has("p.yaml:2:1", "unknown key `untis`"));
    CHECK(r.has("p.yaml:4:5", "missing required key `value`"));
    CHECK(r.has("p.yaml:5:25", "unknown key `status` in a target record"));
    CHECK(r.has("p.yaml:7:5", "missing required key `status`"));
    CHECK(r.errors.size() == 5);
}

TEST_CASE("YAML: values of the wrong kind") {
    auto r = load_one("p.yaml",
                      "plankit-progress: 2\n"
                      "targets:\n"
                      "  - {id: lit, value: .nan, year: 2023}\n"
                      "  - {id: sci, value: \"12\", year: 2023.0}\n"
                      "tasks:\n"
                      "  - {id: \"2\", status: finished, year: 1800}\n"
                      "  - {id: \"15\", status: done, progress: 70, year: 2023}\n"
                      "  - {id: 7.10, status: done, year: 2023}\n");
    CHECK_FALSE(r.progress);
    CHECK(r.has("p.yaml:1:19", "unsupported `plankit-progress` version 2"));
    CHECK(r.has("p.yaml:3:22", "finite number"));
    CHECK(r.has("p.yaml:4:22", "expected a number"));
    CHECK(r.has("p.yaml:4:34", "expected a year"));
    CHECK(r.has("p.yaml:6:23", "unknown status \"finished\""));
    CHECK(r.has("p.yaml:6:39", "outside 1900..2200"));
    CHECK(r.has("p.yaml:7:40", "from 0 to 1"));
    CHECK(r.has("p.yaml:8:10", "quote ids"));
    CHECK(r.errors.size() == 8);
}

TEST_CASE("YAML: a record needs a year, its own or the file's") {
    auto r = load_one("p.yaml",
                      "plankit-progress: 1\n"
                      "targets:\n"
                      "  - {id: lit, value: 1}\n"
                      "  - {id: sci, value: 1, year: 2022}\n");
    CHECK(r.errors == std::vector<std::string>{
                          "p.yaml:3:5: no year for this record: give `year` here or at the top of the file"});
    // A bad year at the top is reported once, not again for each record.
    auto bad = load_one("p.yaml", "plankit-progress: 1\nyear: 22\ntargets:\n  - {id: lit, value: 1}\n");
    CHECK(bad.errors.size() == 1);
    CHECK(bad.has("p.yaml:2:7", "outside 1900..2200"));
}

TEST_CASE("YAML: ids and units must be the plan's; composite tasks take no records") {
    auto r = load_one("p.yaml",
                      "plankit-progress: 1\n"
                      "year: 2023\n"
                      "unit: u9\n"
                      "targets:\n"
                      "  - {id: \"15\", value: 1}\n"
                      "tasks:\n"
                      "  - {id: \"1\", status: done}\n"
                      "  - {id: \"1.1\", status: done, unit: u3}\n"
                      "  - {id: lit, status: done}\n");
    CHECK_FALSE(r.progress);
    CHECK(r.has("p.yaml:3:7", "no unit \"u9\" in the plan"));
    CHECK(r.has("p.yaml:5:10", "no target \"15\" in the plan (\"15\" is a task)"));
    CHECK(r.has("p.yaml:7:10", "task \"1\" has subtasks"));
    CHECK(r.has("p.yaml:8:37", "no unit \"u3\""));
    CHECK(r.has("p.yaml:9:10", "no task \"lit\" in the plan (\"lit\" is a target)"));
    CHECK(r.errors.size() == 5);
}

TEST_CASE("YAML: lists and records of the wrong shape") {
    auto r = load_one("p.yaml",
                      "plankit-progress: 1\n"
                      "year: 2023\n"
                      "targets:\n"
                      "tasks:\n"
                      "  - done\n");
    CHECK(r.has("p.yaml:3:1", "expected a list of target records"));
    CHECK(r.has("p.yaml:5:5", "a task record"));
    CHECK(r.errors.size() == 2);
    auto top = load_one("p.yaml", "- 1\n- 2\n");
    CHECK(top.has("p.yaml:1:1", "must hold a mapping at the top"));
    auto empty = load_one("p.yaml", "");
    CHECK_FALSE(empty.progress);
    CHECK(empty.errors.size() == 1);
}

TEST_CASE("a CSV file: columns in any order, trimmed cells, empty rows skipped") {
    auto r = load_one("p.csv",
                      "\xEF\xBB\xBFnote, id ,kind,year,value,status,progress,x-comment\r\n"
                      "\"a note, with a comma\r\nand a \"\"quoted\"\" line\",lit,target,2022,12,,,\r\n"
                      ",,,,,,,\r\n"
                      "\r\n"
                      " , 15 , task ,2022,,done, 0.5 ,anything\r\n"
                      ",2,task,2023,,blocked,,\r\n");
    REQUIRE(r.errors.empty());
    REQUIRE(r.progress);
    const Progress& p = *r.progress;
    REQUIRE(p.targets.size() == 1);
    CHECK(p.targets[0].id == "lit");
    CHECK(p.targets[0].year == 2022);
    CHECK(p.targets[0].value == 12);
    CHECK(p.targets[0].note == "a note, with a comma\r\nand a \"quoted\" line");
    CHECK(p.targets[0].loc.line == 2);
    CHECK(p.targets[0].loc.col == 1);
    REQUIRE(p.tasks.size() == 2);
    CHECK(p.tasks[0].id == "15");
    CHECK(p.tasks[0].status == Status::done);
    CHECK(p.tasks[0].progress == 0.5);
    CHECK_FALSE(p.tasks[0].note);  // a blank cell is an absent field
    CHECK(p.tasks[0].loc.line == 6);  // line 2 ran on to line 3; lines 4 and 5 are empty
    CHECK(p.tasks[1].status == Status::blocked);
    CHECK_FALSE(p.tasks[1].progress);
}

TEST_CASE("CSV: the header") {
    auto r = load_one("p.csv", "year,kind,Id,value,value,,origin\n2022,target,lit,1,1,,\n");
    CHECK_FALSE(r.progress);
    CHECK(r.has("p.csv:1:1", "unknown column `Id`; did you mean `id`?"));
    CHECK(r.has("p.csv:1:1", "column `value` appears twice (columns 4 and 5)"));
    CHECK(r.has("p.csv:1:1", "column 6 of the header has no name"));
    CHECK(r.has("p.csv:1:1", "unknown column `origin`"));
    CHECK(r.has("p.csv:1:1", "missing required column `id`"));
    CHECK(r.errors.size() == 5);  // rows are not read without the required columns
    auto none = load_one("p.csv", "\xEF\xBB\xBF\r\n");
    CHECK(none.has("p.csv:1:1", "no header"));
}

TEST_CASE("CSV: cells that are not numbers, years, kinds or statuses") {
    auto r = load_one("p.csv",
                      "year,kind,id,value,status,progress\n"
                      "2022,target,lit,nan,,\n"
                      "2022,target,sci,\"1,5\",,\n"
                      "2022,target,lit,inf,,\n"
                      "22,task,2,,done,\n"
                      "2022,goal,2,,done,\n"
                      "2022,task,15,,Done,\n"
                      "2022,task,2,,done,1.5\n"
                      ",,,1e3,,\n");
    CHECK_FALSE(r.progress);
    CHECK(r.has("p.csv:2:1", "`value` is not a number: \"nan\""));
    CHECK(r.has("p.csv:3:1", "`value` is not a number: \"1,5\" (write decimals with a dot"));
    CHECK(r.has("p.csv:4:1", "`value` is not a number: \"inf\""));
    CHECK(r.has("p.csv:5:1", "`year` must be a whole number from 1900 to 2200, found \"22\""));
    CHECK(r.has("p.csv:6:1", "`kind` must be target, task or contribution (指标, 任务, 分解), found \"goal\""));
    CHECK(r.has("p.csv:7:1", "unknown status \"Done\""));
    CHECK(r.has("p.csv:7:1", "(did you mean `done`?)"));
    CHECK(r.has("p.csv:8:1", "`progress` must be a number from 0 to 1"));
    CHECK(r.has("p.csv:9:1", "missing `year`"));
    CHECK(r.has("p.csv:9:1", "missing `id`"));
    CHECK(r.has("p.csv:9:1", "missing `kind`"));
    CHECK(r.errors.size() == 10);
}

TEST_CASE("CSV: plain decimals are numbers") {
    auto r = load_one("p.csv",
                      "year,kind,id,value\n"
                      "2021,target,lit,-1.5\n"
                      "2022,target,lit,1e3\n"
                      "2023,target,lit,+.5\n"
                      "2024,target,lit,7.\n");
    REQUIRE(r.errors.empty());
    REQUIRE(r.progress->targets.size() == 4);
    CHECK(r.progress->targets[0].value == -1.5);
    CHECK(r.progress->targets[1].value == 1000);
    CHECK(r.progress->targets[2].value == 0.5);
    CHECK(r.progress->targets[3].value == 7);
}

TEST_CASE("CSV: fields that belong to the other kind, missing fields, field counts") {
    auto r = load_one("p.csv",
                      "year,kind,id,value,status,progress\n"
                      "2022,target,lit,1,done,\n"
                      "2022,target,sci,,,0.5\n"
                      "2022,task,2,3,,\n"
                      "2022,task,15\n"
                      "2022,task,\"1\",,done,\n");
    CHECK_FALSE(r.progress);
    CHECK(r.has("p.csv:2:1", "a target row has no `status`"));
    CHECK(r.has("p.csv:3:1", "a target row has no `progress`"));
    CHECK(r.has("p.csv:3:1", "missing `value`"));
    CHECK(r.has("p.csv:4:1", "a task row has no `value`"));
    CHECK(r.has("p.csv:4:1", "missing `status`"));
    CHECK(r.has("p.csv:5:1", "this row has 3 fields but the header has 6"));
    CHECK(r.has("p.csv:6:1", "task \"1\" has subtasks"));
    CHECK(r.errors.size() == 7);
}

TEST_CASE("CSV: syntax and encoding errors keep their line and column") {
    auto gbk = load_one("p.csv", "year,kind,id,value,note\n2022,target,lit,1,\xB1\xB8\xD7\xA2\n");
    CHECK_FALSE(gbk.progress);
    REQUIRE(gbk.errors.size() == 1);
    CHECK(gbk.has("p.csv:2:19", "not UTF-8"));
    CHECK(gbk.has("p.csv:2:19", "\"CSV UTF-8\""));
    auto quote = load_one("p.csv", "year,kind,id,value,note\n2022,target,lit,1,\"open\n");
    CHECK(quote.has("p.csv:2:19", "unbalanced quote"));
}

TEST_CASE("duplicates across files name the first record") {
    MemoryFiles files;
    files.add("a.yaml", "plankit-progress: 1\nyear: 2022\ntargets:\n  - {id: lit, value: 1}\n"
                        "tasks:\n  - {id: \"2\", status: done}\n  - {id: \"2\", status: done, year: 2023}\n");
    files.add("b.csv", "year,kind,id,value,status\n2022,target,lit,2,\n2022,task,2,,done\n2022,target,sci,1,\n");
    auto r = load(files, {"a.yaml", "b.csv"});
    CHECK_FALSE(r.progress);
    CHECK(r.errors == std::vector<std::string>{
                          "b.csv:2:1: a second record for target \"lit\" in 2022; the first is at a.yaml:4:5",
                          "b.csv:3:1: a second record for task \"2\" in 2022; the first is at a.yaml:6:5"});
    // A file named twice is read twice (readings.md item 75).
    auto twice = load(files, {"b.csv", "b.csv"});
    CHECK(twice.errors.size() == 3);
    CHECK(twice.has("b.csv:4:1", "the first is at b.csv:4:1"));
}

TEST_CASE("folders: progress files only, in code-point order; missing paths") {
    MemoryFiles files;
    const char* header = "year,kind,id,value\n";
    files.add("dir/b.csv", std::string(header) + "2022,target,lit,2\n");
    files.add("dir/B.yml", "plankit-progress: 1\nyear: 2021\ntargets: [{id: lit, value: 1}]\n");
    files.add("dir/a.yaml", "plankit-progress: 1\nyear: 2023\ntargets: [{id: lit, value: 3}]\n");
    files.add("dir/notes.txt", "not a progress file");
    files.add("dir/c.CSV", "not read either");
    files.add("dir/sub/d.csv", "not read: not directly inside");
    auto r = load(files, {"dir"});
    REQUIRE(r.errors.empty());
    CHECK(r.progress->files == std::vector<std::string>{"dir/B.yml", "dir/a.yaml", "dir/b.csv"});
    REQUIRE(r.progress->targets.size() == 3);
    CHECK(r.progress->targets[0].year == 2021);
    CHECK(r.progress->targets[1].year == 2023);
    CHECK(r.progress->targets[2].year == 2022);
    // A named file is CSV only when it ends in .csv.
    auto named = load(files, {"dir/c.CSV", "nowhere"});
    CHECK(named.has("dir/c.CSV:1:1", "mapping at the top"));
    CHECK(named.has("nowhere", "no such file or folder"));
}

TEST_CASE("a folder without progress files is an error at the folder (readings.md item 79)") {
    MemoryFiles files;
    files.add("forms/notes.txt", "not a progress file");
    files.add("forms/2023.CSV", "not one either: the extension is case-sensitive");
    files.add("records/2023.yaml", "plankit-progress: 1\nyear: 2023\ntargets: [{id: lit, value: 3}]\n");
    auto r = load(files, {"records", "forms"});
    CHECK_FALSE(r.progress);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.has("forms", "no progress files in forms"));
}

TEST_CASE("files over the input limit are refused") {
    MemoryFiles files;
    files.add("big.csv", std::string("year,kind,id,value\n") + std::string(2 << 20, '\n'));
    LoadOptions opts;
    opts.max_input_bytes = 1 << 20;
    auto r = load(files, {"big.csv"}, opts);
    CHECK_FALSE(r.progress);
    CHECK(r.has("big.csv:1:1", "larger than the input limit of 1 MiB"));
}

TEST_CASE("messages never carry control characters raw") {
    auto r = load_one("p.csv", "year,kind,id,value\n2022,target,\"l\x1b[31mit\",1\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].find('\x1b') == std::string::npos);
    CHECK(r.has("p.csv:2:1", "no target \"l\\x1b[31mit\""));
}
