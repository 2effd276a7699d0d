// `plankit forms PLAN --year Y --out DIR [--format xlsx|csv|yaml] [--unit U] [--bom]
// [--lang]`: a fill-in form per unit for the year's progress, and index.csv, written all
// or nothing (cycle.md, "Forms").
#include <cstdio>
#include <memory>
#include <set>

#include "command.h"
#include "display_text.h"
#include "forms.h"
#include "forms_folder.h"
#include "plan_graph.h"

namespace plankit::cli {
namespace {

struct FormsCliOptions {
    CommonOptions common;
    std::string plan;
    int year = 0;
    std::string out;
    std::string format = "xlsx";
    std::vector<std::string> units;
};

int fail(const std::string& message) {
    std::fprintf(stderr, "plankit: error: %s\n", message.c_str());
    return kExitInputError;
}

FormFormat parse_form_format(const std::string& word) {
    if (word == "csv") return FormFormat::csv;
    if (word == "yaml") return FormFormat::yaml;
    return FormFormat::xlsx;
}

// Every --unit must name a unit of the plan; says which one was probably meant.
bool known_units(const PlanGraph& graph, const std::vector<std::string>& units) {
    std::vector<std::string> ids;
    for (const auto& u : graph.plan().units) ids.push_back(u.id);
    bool ok = true;
    for (const auto& unit : units) {
        if (graph.unit_index(unit)) continue;
        std::string msg = "unknown unit '" + display_text(unit) + "' in --unit";
        if (auto near = nearest_word(unit, ids)) msg += "; did you mean '" + *near + "'?";
        fail(msg);
        ok = false;
    }
    return ok;
}

int run(const FormsCliOptions& o) {
    auto plan = load_plan_or_report(o.plan, o.common);
    if (!plan) return kExitInputError;
    const Lang lang = language(*plan, o.common);
    if (auto refused = check_report_folder(o.out, plan->files, "forms")) {
        print_error(*refused, lang);
        return kExitInputError;
    }
    PlanGraph graph(*plan);
    if (!known_units(graph, o.units)) return kExitInputError;
    Forms forms = make_forms(graph, o.year, std::set<std::string>(o.units.begin(), o.units.end()));
    FormsFolderOptions options;
    options.format = parse_form_format(o.format);
    options.lang = lang;
    options.bom = o.common.bom;
    std::string error;
    auto files = forms_folder(forms, options, error);
    if (!error.empty()) return fail(error);
    if (auto e = write_report(o.out, files)) {
        print_error(*e, lang);
        return kExitInputError;
    }
    return kExitOk;
}

}  // namespace

Command setup_forms(CLI::App& app) {
    auto opts = std::make_shared<FormsCliOptions>();
    auto* cmd = app.add_subcommand("forms", "Write a fill-in form (填报表) per unit for a year's progress, and "
                                            "index.csv; a filled-in form is a progress file for score");
    cmd->footer("Examples:\n"
                "  plankit forms plan.yaml --year 2025 --out forms-2025\n"
                "  plankit forms plan.yaml --year 2025 --out forms-2025 --format csv --bom --unit cast.popsci\n"
                "  plankit score plan.yaml --year 2025 --progress forms-2025   # once they come back\n"
                "A form lists the leaf tasks due that the unit leads first, the targets scored that it owns\n"
                "and its parts of the allocated targets. Every file is written, or none.");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    cmd->add_option("--year", opts->year, "The year the forms report on")->required()->check(CLI::Range(1900, 2200));
    cmd->add_option("--out", opts->out, "The folder to write the forms into")->required();
    cmd->add_option("--format", opts->format, "Form format: xlsx (default), csv or yaml")
        ->check(CLI::IsMember({"xlsx", "csv", "yaml"}));
    cmd->add_option("--unit", opts->units, "Only this unit's form (its id; repeatable)");
    add_folder_options(*cmd, opts->common, "forms");
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
