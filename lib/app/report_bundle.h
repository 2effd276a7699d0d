// The folder `report --out DIR` writes (cli.md, "Reports people read"): the Markdown
// report and, beside it, the same year's figures as CSV, JSON and a Graphviz drawing, all
// computed from one plan graph and written all or nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "labels.h"
#include "message.h"
#include "plan_graph.h"
#include "progress.h"
#include "year_score.h"

namespace plankit {

// One file of the folder: its name inside the folder and its whole content.
struct ReportFile {
    std::string name;
    std::string content;
};

// Everything the folder holds, and the score it was made from (for the exit code).
struct ReportBundle {
    YearScore score;
    std::vector<ReportFile> files;  // in the order of report_file_names()
};

// How the files are written: the language of words and messages, and whether CSV files
// start with a UTF-8 byte-order mark (for spreadsheets that need one).
struct ReportOptions {
    Lang lang = Lang::en;
    bool bom = false;
    std::vector<Assumption> assumed;  // a what-if scenario: every file is named `scenario-…`
};

// The names of the files: report.md, then the spreadsheets, the drawing and the JSON;
// history.csv joins them for a year after the period's first.
const std::vector<std::string>& report_file_names();

// Every file of the folder for one year: report.md, scores.csv, tasks.csv, targets.csv,
// gaps.csv, decomposition.csv (the responsibility matrix), graph.dot and summary.json
// (the score JSON of cli.md), for a year after the period's first history.csv (the
// years so far, which report.md shows too), and for a year with contributions
// contributions.csv (each allocated unit's part beside its allocation). A scenario's files are all named
// `scenario-…`, so that none is ever taken for the evaluation's.
ReportBundle make_report(const PlanGraph& graph, const Progress& progress, int year, const ReportOptions& options);

// Why `dir` may not receive the report, or nullopt when it may: it is one of `inputs`
// (a file or folder) or one of them lies inside it, at any depth. `what` picks the words
// of the message: the report's (`report_…`) or the forms' (`forms_…`).
std::optional<Message> check_report_folder(const std::string& dir, const std::vector<std::string>& inputs,
                                           std::string_view what = "report");

// What a run says once the folder is written (one line, in `lang`): the folder, how many
// files and their names: `plankit: wrote report (9 files): report.md, scores.csv, …`.
std::string report_written(const std::string& dir, const std::vector<ReportFile>& files, Lang lang);

// Writes every file into `dir` (created, with its parents, when missing) or none of them;
// a folder created here is removed again when the write fails. Why it failed, or nullopt.
std::optional<Message> write_report(const std::string& dir, const std::vector<ReportFile>& files);

}  // namespace plankit
