// `plankit report PLAN --year Y --progress PATH... --out DIR [--fail-on LEVEL]
// [--fail-below N]`: a folder with the year's Markdown report and its figures as CSV,
// JSON and a Graphviz drawing, written all or nothing.
#include <cstdio>
#include <memory>

#include "command.h"
#include "default_ratings.h"
#include "plan_graph.h"
#include "report_bundle.h"

namespace plankit::cli {
namespace {

struct ReportOptionsCli {
    CommonOptions common;
    std::string plan;
    EvaluationOptions eval;
    std::string out;
};

int fail(const Message& message, Lang lang) {
    print_error(message, lang);
    return kExitInputError;
}

int run(const ReportOptionsCli& o) {
    auto plan = load_plan_or_report(o.plan, o.common);
    if (!plan) return kExitInputError;
    auto progress = load_progress_or_report(*plan, o.eval.progress, o.common);
    if (!progress) return kExitInputError;
    // The paths as given (folders too) and every file read: none may receive output.
    std::vector<std::string> inputs = plan->files;
    inputs.insert(inputs.end(), o.eval.progress.begin(), o.eval.progress.end());
    inputs.insert(inputs.end(), progress->files.begin(), progress->files.end());
    const Lang lang = language(*plan, o.common);
    word_default_ratings(*plan, lang);
    if (auto refused = check_report_folder(o.out, inputs)) return fail(*refused, lang);
    PlanGraph graph(*plan);
    ReportOptions options;
    options.lang = lang;
    options.bom = o.common.bom;
    std::vector<Message> errors;
    options.assumed = read_assumptions(graph, o.eval.assume, errors);
    for (const auto& message : errors) fail(message, lang);
    if (!errors.empty()) return kExitInputError;
    auto year = evaluation_year(o.eval, *progress, lang);
    if (!year) return kExitInputError;
    ReportBundle bundle = make_report(graph, *progress, *year, options);
    if (auto error = write_report(o.out, bundle.files)) return fail(*error, lang);
    // Said on stderr, so that a job's log shows where the report went and stdout stays empty.
    std::fputs(report_written(o.out, bundle.files, options.lang).c_str(), stderr);
    return evaluation_exit_code(bundle.score, o.eval);
}

}  // namespace

Command setup_report(CLI::App& app) {
    auto opts = std::make_shared<ReportOptionsCli>();
    auto* cmd = app.add_subcommand("report", "Write a year's report into a folder: report.md, scores.csv, "
                                             "targets.csv, tasks.csv, gaps.csv, decomposition.csv, graph.dot "
                                             "and summary.json");
    cmd->footer("Example: plankit report plan.yaml --year 2023 --progress progress/ --out report --fail-below 60\n"
                "Every file is written, or none. The folder is created when missing; it may not be, or\n"
                "hold, an input. Exit code 1 when a score finding is at or above --fail-on (default\n"
                "never), or the plan score is below --fail-below N or has no value.");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    add_evaluation_options(*cmd, opts->eval, true);
    cmd->add_option("--out", opts->out, "The folder to write the report into")->required();
    // Only the common options that make sense for a folder of files: no --format, -o, --color.
    add_folder_options(*cmd, opts->common, "report");
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
