// What every subcommand shares: the common options of cli.md and the hooks each
// subcommand file provides (`setup_<name>` binds options and the callback that runs it).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "diagnostics.h"
#include "file_source.h"
#include "labels.h"
#include "model.h"
#include "plan_graph.h"
#include "progress.h"
#include "year_score.h"

namespace plankit::cli {

// The exit codes of cli.md: a run that went through, one that fails by its findings or
// score (--fail-on, --fail-below), and an input or usage error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitInputError = 2;

// A subcommand ready to run once the command line is parsed; it returns its exit code.
using Command = std::function<int()>;

enum class Format { text, md, csv, json };

struct CommonOptions {
    Format format = Format::text;
    std::string output;       // -o/--output; empty means stdout
    std::string lang;         // en, zh or empty (the plan's locale)
    std::string color = "auto";
    bool bom = false;
    int max_input_mib = 256;
    // Not listed in --help: for the end-to-end test of parsing in pieces (yaml_cuts.h).
    unsigned parse_threads = 0;  // --parse-threads: 1 parses whole, more cut even on one core
    bool parse_stats = false;    // --parse-stats: how many pieces the plan was parsed in, on stderr
};

// What `score`, `explain` and `report` share: the year and the progress records, and for
// `score` and `report` when the run counts as failed (readings.md item 58).
struct EvaluationOptions {
    int year = 0;
    bool latest = false;  // --year latest: the latest year any record names
    std::vector<std::string> progress;
    std::string fail_on = "never";
    double fail_below = 0;
    CLI::Option* fail_below_option = nullptr;  // given or not
    std::vector<std::string> assume;  // --assume SUBJECT=VALUE: a what-if scenario
};

// Adds --year, --progress and --assume, and with `with_failure` --fail-on and --fail-below.
void add_evaluation_options(CLI::App& app, EvaluationOptions& opts, bool with_failure);

// The year to evaluate: --year's, or with `--year latest` the latest year the records name
// (nullopt, after saying so in `lang`, when there is no record at all).
std::optional<int> evaluation_year(const EvaluationOptions& opts, const Progress& progress, Lang lang);

// A year evaluated: the inputs, the graph and the score. The plan sits on the heap because
// the graph points at it.
struct Evaluation {
    std::unique_ptr<Plan> plan;
    Progress progress;
    std::unique_ptr<PlanGraph> graph;
    Lang lang = Lang::en;
    YearScore score;
    std::vector<std::string> inputs;  // the plan's files and every progress file read
};

// Loads the plan and the records and builds the graph (nothing scored yet); on input
// errors prints them and returns nullopt.
std::optional<Evaluation> load_evaluation_or_report(const std::string& plan_path,
                                                    const std::vector<std::string>& progress_paths,
                                                    const CommonOptions& opts);

// Loads the plan and the records and scores the year; on input errors prints them and
// returns nullopt.
std::optional<Evaluation> evaluate_or_report(const std::string& plan_path,
                                             const EvaluationOptions& eval,
                                             const CommonOptions& opts);

// The exit code of an evaluation that ran: 1 when it fails by --fail-on/--fail-below.
int evaluation_exit_code(const YearScore& score, const EvaluationOptions& opts);

// Adds --format (the words of `formats`, the first the default; none: no --format), -o,
// --lang, --color, --bom and --max-input-mib.
void add_common_options(CLI::App& app, CommonOptions& opts,
                        const std::vector<std::string>& formats = {"text", "md", "csv", "json"});

// `dot (default), mermaid or json`: the words of a --format help line.
std::string format_list(const std::vector<std::string>& formats);

// Adds the common options that make sense for a folder of files (`report --out`, `forms
// --out`): --lang, --bom and --max-input-mib; `what` names the files in the help.
void add_folder_options(CLI::App& app, CommonOptions& opts, const std::string& what);

// Loads the plan; on errors prints them to stderr and returns nullopt.
std::optional<Plan> load_plan_or_report(const std::string& path, const CommonOptions& opts);

// A plan loaded through `files` (the plan and its includes) with its errors kept, so that
// two plans can load at once and their errors still print in a fixed order.
struct PlanLoad {
    std::optional<Plan> plan;  // nullopt when it has errors
    Diagnostics diags;
    Lang lang = Lang::en;  // the language of its errors: --lang, else the plan's locale
};
PlanLoad load_plan_quietly(const std::string& path, const FileSource& files, const CommonOptions& opts);

// Prints a failed load's errors after a line naming it (`the old plan (PATH) does not
// load:`); returns whether the plan loaded.
bool report_plan_load(const PlanLoad& load, const std::string& path, const Message& what);

// Loads progress records for the plan; errors as for the plan.
std::optional<Progress> load_progress_or_report(const Plan& plan,
                                                const std::vector<std::string>& paths,
                                                const CommonOptions& opts);

// Writes the output to -o (atomically, never onto an input) or stdout; a UTF-8 BOM is
// prepended for CSV when --bom is given. Prints why and returns false when it cannot.
bool emit(const std::string& text, const CommonOptions& opts, const std::vector<std::string>& inputs,
          Lang lang);

// `plankit: error: MESSAGE` on stderr, worded in `lang`.
void print_error(const Message& message, Lang lang);

// The language of messages before any plan is read: --lang, else English.
Lang option_language(const CommonOptions& opts);

// The output language: --lang, else the plan's locale.
Lang language(const Plan& plan, const CommonOptions& opts);

// Whether colour is wanted on stdout (--color, NO_COLOR, a terminal, not -o).
bool use_color(const CommonOptions& opts);

// Each adds its subcommand to `app`, binds its options, and returns what runs it.
Command setup_check(CLI::App& app);
Command setup_gaps(CLI::App& app);
Command setup_graph(CLI::App& app);
Command setup_decompose(CLI::App& app);
Command setup_score(CLI::App& app);
Command setup_explain(CLI::App& app);
Command setup_report(CLI::App& app);
Command setup_history(CLI::App& app);
Command setup_diff(CLI::App& app);
Command setup_forms(CLI::App& app);

}  // namespace plankit::cli
