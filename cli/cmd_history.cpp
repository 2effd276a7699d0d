// `plankit history PLAN --progress PATH... [--from Y] [--to Y]`: every year of a range
// scored as `score --year Y` scores it, side by side (cycle.md, "History").
#include <cstdio>
#include <memory>

#include "command.h"
#include "history.h"
#include "history_writers.h"

namespace plankit::cli {
namespace {

struct HistoryOptions {
    CommonOptions common;
    std::string plan;
    std::vector<std::string> progress;
    std::optional<int> from, to;
};

std::string render(const History& h, const HistoryOptions& o, Lang lang) {
    switch (o.common.format) {
        case Format::text: return history_to_text(h, lang, use_color(o.common));
        case Format::md: return history_to_markdown(h, lang);
        case Format::csv: return history_to_csv(h, lang);
        case Format::json: return history_to_json(h);
    }
    return {};
}

int usage_error(const Message& message, Lang lang) {
    print_error(message, lang);
    return kExitInputError;
}

int run(const HistoryOptions& o) {
    auto e = load_evaluation_or_report(o.plan, o.progress, o.common);
    if (!e) return kExitInputError;
    const int from = o.from.value_or(e->plan->start);
    auto latest = latest_record_year(e->progress);
    if (!o.to && !latest) return usage_error(say("no_year_give_to"), e->lang);
    const int to = o.to.value_or(*latest);
    if (from > to) return usage_error(say("from_after_to", {std::to_string(from), std::to_string(to)}), e->lang);
    History h = plan_history(*e->graph, e->progress, from, to);
    return emit(render(h, o, e->lang), o.common, e->inputs, e->lang) ? kExitOk : kExitInputError;
}

}  // namespace

Command setup_history(CLI::App& app) {
    auto opts = std::make_shared<HistoryOptions>();
    auto* cmd = app.add_subcommand("history", "Score every year of a range side by side: the plan, chapters, "
                                              "goals and units per year, each target's class per year");
    cmd->footer("Example: plankit history plan.yaml --progress progress/ --to 2023 --format md -o history.md\n"
                "--from defaults to the plan's first year, --to to the latest year any record names.");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    cmd->add_option("--progress", opts->progress, "Progress record files or folders (YAML, CSV)")
        ->required()
        ->expected(1, -1);
    cmd->add_option("--from", opts->from, "The first year (default: the plan period's first)")
        ->check(CLI::Range(1900, 2200));
    cmd->add_option("--to", opts->to, "The last year (default: the latest year any record names)")
        ->check(CLI::Range(1900, 2200));
    add_common_options(*cmd, opts->common);
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
