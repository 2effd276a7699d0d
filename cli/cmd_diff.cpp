// `plankit diff OLD NEW` and `plankit diff PLAN --against REV`: what a revision of the
// plan changes, in the plan's own terms (cycle.md, "Revisions"). Exits 0 when the plans
// are the same, 1 when they differ, 2 when either does not load.
#include <cstdio>
#include <future>
#include <memory>

#include "command.h"
#include "diff_writers.h"
#include "git_files.h"
#include "plan_diff.h"

namespace plankit::cli {
namespace {

struct DiffOptions {
    CommonOptions common;
    std::vector<std::string> plans;
    std::string against;
};

std::string render(const PlanDiff& d, const DiffFiles& files, const DiffOptions& o, Lang lang) {
    switch (o.common.format) {
        case Format::text: return diff_to_text(d, files, lang, use_color(o.common));
        case Format::md: return diff_to_markdown(d, files, lang);
        case Format::csv: return diff_to_csv(d);
        case Format::json: return diff_to_json(d, files);
    }
    return {};
}

int usage_error(const Message& message, const DiffOptions& o) {
    print_error(message, option_language(o.common));
    return kExitInputError;
}

int run(const DiffOptions& o) {
    const bool git = !o.against.empty();
    if (git && o.plans.size() != 1) return usage_error(say("against_one_plan"), o);
    if (!git && o.plans.size() != 2) return usage_error(say("two_plans"), o);
    const std::string& new_path = o.plans.back();
    DiskFiles disk;
    GitFiles at_revision(o.against);
    if (git) {
        if (auto problem = git_revision_problem(new_path, o.against)) return usage_error(*problem, o);
    }
    const FileSource& old_files = git ? static_cast<const FileSource&>(at_revision) : disk;
    // The two plans load at once (a diff costs about one load more than `check`); both
    // are judged after, so that both plans' errors are shown, the old plan's first.
    auto old_load = std::async(std::launch::async, [&] { return load_plan_quietly(o.plans.front(), old_files, o.common); });
    PlanLoad new_load = load_plan_quietly(new_path, disk, o.common);
    const PlanLoad old_loaded = old_load.get();
    const bool old_ok = report_plan_load(old_loaded, o.plans.front(), say("the_old_plan"));
    const bool new_ok = report_plan_load(new_load, new_path, say("the_new_plan"));
    if (!old_ok || !new_ok) return kExitInputError;
    const Plan* old_plan = &*old_loaded.plan;
    const Plan* new_plan = &*new_load.plan;
    const DiffFiles files{git ? new_path + "@" + o.against : o.plans.front(), new_path};
    const PlanDiff d = diff_plans(*old_plan, *new_plan);
    std::vector<std::string> inputs = new_plan->files;
    if (!git) inputs.insert(inputs.end(), old_plan->files.begin(), old_plan->files.end());
    const Lang lang = language(*new_plan, o.common);
    if (!emit(render(d, files, o, lang), o.common, inputs, lang)) return kExitInputError;
    return d.same() ? kExitOk : kExitFailed;
}

}  // namespace

Command setup_diff(CLI::App& app) {
    auto opts = std::make_shared<DiffOptions>();
    auto* cmd = app.add_subcommand("diff", "What a revision of the plan changes: units, goals, chapters, targets "
                                           "and tasks added, removed or changed field by field");
    cmd->footer("Examples: plankit diff old/plan.yaml plan.yaml\n"
                "          plankit diff plans/plan.yaml --against HEAD~1 --format md\n"
                "Exit status: 0 the same, 1 different, 2 a plan does not load or the command line is wrong.");
    cmd->add_option("plans", opts->plans, "OLD NEW, or PLAN with --against")->required()->expected(1, 2);
    cmd->add_option("--against", opts->against, "Compare PLAN with itself (and its includes) at git revision REV")
        ->check([](const std::string& rev) { return rev.empty() || rev[0] == '-' ? "a revision, not an option" : ""; });
    add_common_options(*cmd, opts->common);
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
