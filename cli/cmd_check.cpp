// `plankit check PLAN`: load and validate a plan; print a one-line summary (readings 66).
#include <fmt/format.h>

#include "check_summary.h"
#include "command.h"
#include "json_writer.h"

namespace plankit::cli {
namespace {

struct CheckOptions {
    std::string plan;
    CommonOptions common;
};

std::string summary_json(const Plan& plan) {
    JsonWriter w;
    w.begin_object()
        .field("plan", plan.id)
        .field("units", plan.units.size())
        .field("goals", plan.goals.size())
        .field("chapters", plan.chapters.size())
        .field("targets", plan.targets.size())
        .field("tasks", plan.tasks.size())
        .end_object();
    return w.str();
}

int run(const CheckOptions& opts) {
    auto plan = load_plan_or_report(opts.plan, opts.common);
    if (!plan) return kExitInputError;
    const Lang lang = language(*plan, opts.common);
    std::string out = opts.common.format == Format::json ? summary_json(*plan) : check_summary_text(*plan, lang);
    return emit(out, opts.common, {opts.plan}, lang) ? kExitOk : kExitInputError;
}

}  // namespace

Command setup_check(CLI::App& app) {
    auto opts = std::make_shared<CheckOptions>();
    auto* cmd = app.add_subcommand("check", "Load and validate a plan; print a one-line summary");
    cmd->footer("Example:\n  plankit check plans/cq-cast-14fyp.yaml");
    cmd->add_option("PLAN", opts->plan, "The plan file (YAML)")->required();
    add_common_options(*cmd, opts->common);
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
