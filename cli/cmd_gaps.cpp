// `plankit gaps PLAN [--fail-on error|warning|never]`: the gap findings of a plan.
#include <map>

#include "command.h"
#include "gaps.h"
#include "gaps_writers.h"
#include "plan_graph.h"

namespace plankit::cli {
namespace {

struct GapsOptions {
    CommonOptions common;
    std::string plan;
    std::string fail_on = "error";
};

std::string render(const GapReport& report, const GapsOptions& o, Lang lang) {
    switch (o.common.format) {
        case Format::text: return gaps_to_text(report, lang, use_color(o.common));
        case Format::md: return gaps_to_markdown(report, lang);
        case Format::csv: return gaps_to_csv(report, lang);
        case Format::json: return gaps_to_json(report, lang);
    }
    return {};
}

int run(const GapsOptions& o) {
    auto plan = load_plan_or_report(o.plan, o.common);
    if (!plan) return kExitInputError;
    PlanGraph graph(*plan);
    Lang lang = language(*plan, o.common);
    GapReport report = find_gaps(graph);
    if (!emit(render(report, o, lang), o.common, plan->files, lang)) return kExitInputError;
    return any_at_or_above(report.findings, parse_severity(o.fail_on)) ? kExitFailed : kExitOk;
}

}  // namespace

Command setup_gaps(CLI::App& app) {
    auto opts = std::make_shared<GapsOptions>();
    auto* cmd = app.add_subcommand("gaps", "Find the gaps of a plan: targets no task advances, "
                                           "tasks without a lead, dependency loops, short allocations …");
    cmd->footer("Example: plankit gaps plan.yaml --format md -o gaps.md\n"
                "Exit code 1 when a finding is at or above --fail-on (default error).");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    cmd->add_option("--fail-on", opts->fail_on, "Exit 1 when a finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "never"}))
        ->capture_default_str();
    add_common_options(*cmd, opts->common);
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
