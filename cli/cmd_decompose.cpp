// `plankit decompose PLAN [--view matrix|workplan|targets] [--unit U [--with-subunits]]
// [--year Y]`: the responsibility matrix, annual work plans and target trajectories.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include <sys/ioctl.h>
#include <unistd.h>

#include "command.h"
#include "decompose_writers.h"
#include "display_text.h"
#include "plan_graph.h"

namespace plankit::cli {
namespace {

constexpr std::size_t kDefaultWidth = 120;  // when stdout is not a terminal: stable output

struct DecomposeCliOptions {
    CommonOptions common;
    std::string plan;
    std::vector<std::string> views;
    std::string unit;
    bool with_subunits = false;
    std::optional<int> year;
    std::optional<std::size_t> width;
};

// The terminal's width when stdout is one, else the default.
std::size_t default_width(const CommonOptions& common) {
    winsize ws{};
    if (common.output.empty() && ::isatty(STDOUT_FILENO) == 1 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
        ws.ws_col > 0)
        return ws.ws_col;
    return kDefaultWidth;
}

bool wants(const DecomposeCliOptions& o, const char* view) {
    return o.views.empty() || std::find(o.views.begin(), o.views.end(), view) != o.views.end();
}

// Checks --unit against the plan; says which unit was probably meant.
bool known_unit(const PlanGraph& graph, const std::string& unit, Lang lang) {
    if (graph.unit_index(unit)) return true;
    std::vector<std::string> ids;
    for (const auto& u : graph.plan().units) ids.push_back(u.id);
    if (auto near = nearest_word(unit, ids))
        print_error(say("unknown_unit_option_near", {display_text(unit), *near}), lang);
    else
        print_error(say("unknown_unit_option", {display_text(unit)}), lang);
    return false;
}

std::optional<DecomposeView> csv_view(const DecomposeCliOptions& o) {
    if (o.views.size() > 1) {
        print_error(say("csv_one_view"), option_language(o.common));
        return std::nullopt;
    }
    if (o.views.empty() || o.views[0] == "matrix") return DecomposeView::matrix;
    return o.views[0] == "workplan" ? DecomposeView::workplans : DecomposeView::targets;
}

std::string render(const Decomposition& d, const DecomposeCliOptions& o, Lang lang, DecomposeView view) {
    switch (o.common.format) {
        case Format::text: {
            DecomposeTextLayout layout{o.width.value_or(default_width(o.common)), use_color(o.common)};
            return decompose_to_text(d, lang, layout);
        }
        case Format::md: return decompose_to_markdown(d, lang);
        case Format::csv: return decompose_to_csv(d, view, lang);
        case Format::json: return decompose_to_json(d);
    }
    return {};
}

int run(const DecomposeCliOptions& o) {
    DecomposeView view = DecomposeView::matrix;
    if (o.common.format == Format::csv) {
        auto v = csv_view(o);
        if (!v) return kExitInputError;
        view = *v;
    }
    auto plan = load_plan_or_report(o.plan, o.common);
    if (!plan) return kExitInputError;
    PlanGraph graph(*plan);
    DecomposeOptions options;
    // CSV shows one table, so only that one is built.
    const bool csv = o.common.format == Format::csv;
    options.matrix = csv ? view == DecomposeView::matrix : wants(o, "matrix");
    options.workplans = csv ? view == DecomposeView::workplans : wants(o, "workplan");
    options.targets = csv ? view == DecomposeView::targets : wants(o, "targets");
    options.year = o.year;
    Lang lang = language(*plan, o.common);
    if (!o.unit.empty()) {
        if (!known_unit(graph, o.unit, lang)) return kExitInputError;
        options.units = o.with_subunits ? unit_and_subunits(graph, o.unit) : std::set<std::string>{o.unit};
    }
    const std::string out = render(decompose(graph, options), o, lang, view);
    return emit(out, o.common, plan->files, lang) ? kExitOk : kExitInputError;
}

}  // namespace

Command setup_decompose(CLI::App& app) {
    auto opts = std::make_shared<DecomposeCliOptions>();
    auto* cmd = app.add_subcommand("decompose",
                                   "Break a plan down: the responsibility matrix (分工表), each unit's annual "
                                   "work plan (年度工作计划) and the targets year by year (指标分解)");
    cmd->footer(
        "Examples:\n"
        "  plankit decompose plan.yaml --view matrix\n"
        "  plankit decompose plan.yaml --view workplan --unit cast.popsci --year 2023 --format md -o plan-2023.md\n"
        "  plankit decompose plan.yaml --view targets --format csv --bom -o targets.csv\n"
        "Without --view, text, md and json hold all three tables. CSV holds one table: the one\n"
        "--view names, the matrix when none is given.");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    cmd->add_option("--view", opts->views, "Table to show: matrix, workplan or targets (repeatable; default: all)")
        ->check(CLI::IsMember({"matrix", "workplan", "targets"}))
        ->delimiter(',');
    auto* unit = cmd->add_option("--unit", opts->unit,
                                 "Only the tasks, work plans and targets of this unit (its id)");
    cmd->add_flag("--with-subunits", opts->with_subunits, "With --unit: also the units below it")->needs(unit);
    cmd->add_option("--year", opts->year, "Only this year: tasks due then, its work plans, expected values")
        ->check(CLI::Range(1900, 2200));
    cmd->add_option("--width", opts->width,
                    "Text tables fit N columns (0: no limit; default: the terminal's width, else 120)");
    add_common_options(*cmd, opts->common);
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
