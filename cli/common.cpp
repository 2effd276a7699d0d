// The options and steps every subcommand shares: common options, loading inputs with
// their errors reported, and writing the output.
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

#include "command.h"
#include "default_ratings.h"
#include "diagnostics.h"
#include "error_text.h"
#include "output_file.h"
#include "plan_graph.h"
#include "plan_loader.h"
#include "progress_loader.h"

namespace plankit::cli {
namespace {

constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

LoadOptions load_options(const CommonOptions& opts) {
    LoadOptions lo;
    lo.max_input_bytes = static_cast<std::uint64_t>(opts.max_input_mib) << 20;
    lo.parse_threads = opts.parse_threads;
    return lo;
}

// Prints an input's errors (or, should a loader fail without saying why, a generic line).
void report_errors(const Diagnostics& diags, const Message& what, Lang lang) {
    if (diags.empty())
        print_error(say("cannot_load", {what}), lang);
    else
        std::fputs(format_errors(diags, lang).c_str(), stderr);
}

// The language of a plan's errors: --lang, else the plan's locale as far as its header
// was read (decisions.md).
Lang errors_language(const std::string& locale, const CommonOptions& opts) {
    return parse_lang(opts.lang.empty() ? locale : opts.lang).value_or(Lang::en);
}

// The format a --format word names (the option's check has already refused others).
Format parse_format(const std::string& word) {
    if (word == "md") return Format::md;
    if (word == "csv") return Format::csv;
    if (word == "json") return Format::json;
    return Format::text;
}

}  // namespace

void print_error(const Message& message, Lang lang) {
    std::fputs((message_text(say("plankit", {message}), lang) + "\n").c_str(), stderr);
}

Lang option_language(const CommonOptions& opts) { return parse_lang(opts.lang).value_or(Lang::en); }

std::string format_list(const std::vector<std::string>& formats) {
    std::string out;
    for (std::size_t i = 0; i < formats.size(); ++i) {
        if (i > 0) out += i + 1 == formats.size() ? " or " : ", ";
        out += formats[i] + (i == 0 ? " (default)" : "");
    }
    return out;
}

void add_common_options(CLI::App& app, CommonOptions& opts, const std::vector<std::string>& formats) {
    if (!formats.empty()) {
        // A checked word list rather than CLI11's CheckedTransformer, whose messages show
        // the enum's numbers ("{csv->2,...}") and which also accepts those numbers. Only
        // the formats the command writes are offered, so --help promises nothing it refuses.
        app.add_option_function<std::string>(
               "--format", [&opts](const std::string& word) { opts.format = parse_format(word); },
               "Output format: " + format_list(formats))
            ->check(CLI::IsMember(formats));
    }
    app.add_option("-o,--output", opts.output,
                   "Write to FILE (replaced only once complete) instead of stdout");
    app.add_option("--lang", opts.lang, "Language of the output: en or zh (default: the plan's locale)")
        ->check(CLI::IsMember({"en", "zh"}));
    app.add_option("--color", opts.color, "Colour: auto (default), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("--bom", opts.bom, "Start CSV output with a UTF-8 byte-order mark (for Excel)");
    app.add_option("--max-input-mib", opts.max_input_mib,
                   "Refuse input files larger than N MiB (default 256)")
        ->check(CLI::Range(1, 1 << 20));
    // An empty group hides them from --help.
    app.add_option("--parse-threads", opts.parse_threads, "Threads that may parse a large plan in pieces")
        ->check(CLI::Range(0, 64))
        ->group("");
    app.add_flag("--parse-stats", opts.parse_stats, "Print how many pieces the plan was parsed in")->group("");
}

void add_folder_options(CLI::App& app, CommonOptions& opts, const std::string& what) {
    app.add_option("--lang", opts.lang, "Language of the " + what + ": en or zh (default: the plan's locale)")
        ->check(CLI::IsMember({"en", "zh"}));
    app.add_flag("--bom", opts.bom, "Start the CSV files with a UTF-8 byte-order mark (for Excel)");
    app.add_option("--max-input-mib", opts.max_input_mib, "Refuse input files larger than N MiB (default 256)")
        ->check(CLI::Range(1, 1 << 20));
}

std::optional<Plan> load_plan_or_report(const std::string& path, const CommonOptions& opts) {
    Diagnostics diags;
    LoadStats stats;
    auto plan = load_plan(path, diags, load_options(opts), &stats);
    if (opts.parse_stats) std::fprintf(stderr, "plankit: plan parsed in %zu pieces\n", stats.most_pieces);
    if (plan && diags.empty()) return plan;
    report_errors(diags, say("plan_path", {path}), errors_language(stats.locale, opts));
    return std::nullopt;
}

PlanLoad load_plan_quietly(const std::string& path, const FileSource& files, const CommonOptions& opts) {
    PlanLoad load;
    LoadStats stats;
    load.plan = load_plan(path, files, load.diags, load_options(opts), &stats);
    load.lang = errors_language(stats.locale, opts);
    if (!load.diags.empty()) load.plan.reset();
    return load;
}

bool report_plan_load(const PlanLoad& load, const std::string& path, const Message& what) {
    if (load.plan) return true;
    std::fputs((message_text(say("does_not_load", {what, path}), load.lang) + "\n").c_str(), stderr);
    report_errors(load.diags, say("plan_path", {path}), load.lang);
    return false;
}

std::optional<Progress> load_progress_or_report(const Plan& plan,
                                                const std::vector<std::string>& paths,
                                                const CommonOptions& opts) {
    Diagnostics diags;
    auto progress = load_progress(plan, paths, diags, load_options(opts));
    if (progress && diags.empty()) return progress;
    report_errors(diags, say("progress_records"), language(plan, opts));
    return std::nullopt;
}

bool emit(const std::string& text, const CommonOptions& opts, const std::vector<std::string>& inputs,
          Lang lang) {
    const bool bom = opts.bom && opts.format == Format::csv;
    if (opts.output.empty()) {
        if (bom) std::fputs(kUtf8Bom, stdout);
        std::fwrite(text.data(), 1, text.size(), stdout);
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            print_error(say("cannot_write_stdout", {std::string(std::strerror(errno))}), lang);
            return false;
        }
        return true;
    }
    for (const auto& input : inputs) {
        if (same_file(opts.output, input)) {
            print_error(say("over_input", {input}), lang);
            return false;
        }
    }
    auto error = write_file_atomically(opts.output, bom ? kUtf8Bom + text : text);
    if (error) {
        print_error(*error, lang);
        return false;
    }
    return true;
}

Lang language(const Plan& plan, const CommonOptions& opts) {
    const std::string& code = opts.lang.empty() ? plan.locale : opts.lang;
    return code == "zh" ? Lang::zh : Lang::en;
}

bool use_color(const CommonOptions& opts) {
    if (opts.color == "always") return true;
    if (opts.color == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    const bool no_color_set = no_color != nullptr && no_color[0] != '\0';
    return opts.output.empty() && !no_color_set && ::isatty(STDOUT_FILENO) == 1;
}

void add_evaluation_options(CLI::App& app, EvaluationOptions& opts, bool with_failure) {
    // `latest` lets a scheduled job follow the records without editing the year each January.
    app.add_option_function<std::string>(
           "--year",
           [&opts](const std::string& word) {
               opts.latest = word == "latest";
               if (!opts.latest) opts.year = std::stoi(word);
           },
           "The year to evaluate (1900-2200), or `latest`: the latest year any record names")
        ->required()
        ->check(CLI::Validator(
            [](std::string& word) -> std::string {
                if (word == "latest") return {};
                int year = 0;
                auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), year);
                if (ec == std::errc() && end == word.data() + word.size() && year >= 1900 && year <= 2200) return {};
                return "expected a year from 1900 to 2200 or `latest`, found '" + word + "'";
            },
            "YEAR|latest"));
    app.add_option("--progress", opts.progress, "Progress record files or folders (YAML, CSV)")
        ->required()
        ->expected(1, -1);
    app.add_option("--assume", opts.assume,
                   "What if: task:ID=STATUS, task:ID=PROGRESS (0-1) or target:ID=VALUE for the year; the "
                   "output is marked as a scenario, with what moved")
        ->allow_extra_args(false);
    if (!with_failure) return;
    app.add_option("--fail-on", opts.fail_on, "Exit 1 when a score finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "never"}))
        ->capture_default_str();
    opts.fail_below_option = app.add_option("--fail-below", opts.fail_below,
                                            "Exit 1 when the plan score is below N (or has no value)");
}

std::optional<int> evaluation_year(const EvaluationOptions& opts, const Progress& progress, Lang lang) {
    if (!opts.latest) return opts.year;
    auto year = latest_record_year(progress);
    if (!year) print_error(say("latest_no_year"), lang);
    return year;
}

std::optional<Evaluation> load_evaluation_or_report(const std::string& plan_path,
                                                    const std::vector<std::string>& progress_paths,
                                                    const CommonOptions& opts) {
    auto plan = load_plan_or_report(plan_path, opts);
    if (!plan) return std::nullopt;
    Evaluation e;
    e.lang = language(*plan, opts);
    word_default_ratings(*plan, e.lang);
    e.plan = std::make_unique<Plan>(std::move(*plan));
    auto progress = load_progress_or_report(*e.plan, progress_paths, opts);
    if (!progress) return std::nullopt;
    e.progress = std::move(*progress);
    e.graph = std::make_unique<PlanGraph>(*e.plan);
    e.inputs = e.plan->files;
    e.inputs.insert(e.inputs.end(), e.progress.files.begin(), e.progress.files.end());
    return e;
}

std::optional<Evaluation> evaluate_or_report(const std::string& plan_path,
                                             const EvaluationOptions& eval,
                                             const CommonOptions& opts) {
    auto e = load_evaluation_or_report(plan_path, eval.progress, opts);
    if (!e) return e;
    auto year = evaluation_year(eval, e->progress, e->lang);
    if (!year) return std::nullopt;
    if (eval.assume.empty()) {
        e->score = score_year(*e->graph, e->progress, *year);
        return e;
    }
    std::vector<Message> errors;
    auto assumed = read_assumptions(*e->graph, eval.assume, errors);
    for (const auto& message : errors) print_error(message, e->lang);
    if (!errors.empty()) return std::nullopt;
    e->score = score_scenario(*e->graph, e->progress, *year, std::move(assumed));
    return e;
}

int evaluation_exit_code(const YearScore& score, const EvaluationOptions& opts) {
    std::optional<double> below;
    if (opts.fail_below_option && opts.fail_below_option->count() > 0) below = opts.fail_below;
    return evaluation_fails(score, parse_severity(opts.fail_on), below) ? kExitFailed : kExitOk;
}

}  // namespace plankit::cli
