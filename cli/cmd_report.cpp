// `plankit report PLAN --year Y --progress PATH... --out DIR [--fail-on LEVEL]
// [--fail-below N]`: a folder with the year's Markdown report and its figures as CSV,
// JSON and a Graphviz drawing, written all or nothing.
#include <cstdio>
#include <memory>

#include "command.h"
#include "plan_graph.h"
#include "report_bundle.h"

namespace plankit::cli {
namespace {

struct ReportOptionsCli {
    CommonOptions common;
    std::string plan;
    int year = 0;
    std::vector<std::string> progress;
    std::string out;
    std::string fail_on = "never";
    double fail_below = 0;
    CLI::Option* fail_below_option = nullptr;  // given or not
};

// Exit 1 when a score finding reaches --fail-on, or the plan score is below --fail-below
// or has no value (readings.md item 58), as `score` does.
bool failed(const YearScore& score, const ReportOptionsCli& o) {
    if (any_at_or_above(score.findings, parse_severity(o.fail_on))) return true;
    if (o.fail_below_option->count() == 0) return false;
    return !score.overall.score || *score.overall.score < o.fail_below;
}

void fail(const std::string& message) {
    std::fprintf(stderr, "plankit: error: %s\n", message.c_str());
    exit_code() = 2;
}

void run(const ReportOptionsCli& o) {
    auto plan = load_plan_or_report(o.plan, o.common);
    if (!plan) return;
    auto progress = load_progress_or_report(*plan, o.progress, o.common);
    if (!progress) return;
    // The paths as given (folders too) and every file read: none may receive output.
    std::vector<std::string> inputs = plan->files;
    inputs.insert(inputs.end(), o.progress.begin(), o.progress.end());
    inputs.insert(inputs.end(), progress->files.begin(), progress->files.end());
    if (auto refused = check_report_folder(o.out, inputs)) return fail(*refused);
    PlanGraph graph(*plan);
    ReportOptions options;
    options.lang = language(*plan, o.common);
    options.bom = o.common.bom;
    ReportBundle bundle = make_report(graph, *progress, o.year, options);
    if (auto error = write_report(o.out, bundle.files)) return fail(*error);
    exit_code() = failed(bundle.score, o) ? 1 : 0;
}

}  // namespace

void setup_report(CLI::App& app) {
    auto opts = std::make_shared<ReportOptionsCli>();
    auto* cmd = app.add_subcommand("report", "Write a year's report into a folder: report.md, scores.csv, "
                                             "targets.csv, tasks.csv, gaps.csv, decomposition.csv, graph.dot "
                                             "and summary.json");
    cmd->footer("Example: plankit report plan.yaml --year 2023 --progress progress/ --out report --fail-below 60\n"
                "Every file is written, or none. The folder is created when missing; it may not be, or\n"
                "hold, an input. Exit code 1 when a score finding is at or above --fail-on (default\n"
                "never), or the plan score is below --fail-below N or has no value.");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    cmd->add_option("--year", opts->year, "The year to report on (1900-2200)")
        ->required()
        ->check(CLI::Range(1900, 2200));
    cmd->add_option("--progress", opts->progress, "Progress record files or folders (YAML, CSV)")
        ->required()
        ->expected(1, -1);
    cmd->add_option("--out", opts->out, "The folder to write the report into")->required();
    cmd->add_option("--fail-on", opts->fail_on, "Exit 1 when a score finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "never"}))
        ->capture_default_str();
    opts->fail_below_option =
        cmd->add_option("--fail-below", opts->fail_below, "Exit 1 when the plan score is below N (or has no value)");
    // Only the common options that make sense for a folder of files: no --format, -o, --color.
    cmd->add_option("--lang", opts->common.lang, "Language of the report: en or zh (default: the plan's locale)")
        ->check(CLI::IsMember({"en", "zh"}));
    cmd->add_flag("--bom", opts->common.bom, "Start the CSV files with a UTF-8 byte-order mark (for Excel)");
    cmd->add_option("--max-input-mib", opts->common.max_input_mib, "Refuse input files larger than N MiB (default 256)")
        ->check(CLI::Range(1, 1 << 20));
    cmd->callback([opts] { run(*opts); });
}

}  // namespace plankit::cli
