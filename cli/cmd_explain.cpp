// `plankit explain PLAN KIND:ID --year Y --progress PATH...`: every step of one figure of
// the yearly score, from the inputs to the number `score` reports.
#include <cstdio>
#include <memory>

#include "command.h"
#include "explain.h"
#include "explain_writers.h"
#include "plan_graph.h"
#include "year_score.h"

namespace plankit::cli {
namespace {

struct ExplainOptions {
    CommonOptions common;
    std::string plan;
    std::string subject;
    EvaluationOptions eval;
};

int run(const ExplainOptions& o) {
    auto ev = evaluate_or_report(o.plan, o.eval, o.common);
    if (!ev) return kExitInputError;
    const PlanGraph& graph = *ev->graph;
    const YearScore& score = ev->score;
    Lang lang = ev->lang;
    Message error;
    auto e = explain(graph, score, o.subject, error);
    if (!e) {
        print_error(error, lang);
        return kExitInputError;
    }
    std::string text = o.common.format == Format::json ? explanation_to_json(*e)
                       : o.common.format == Format::md ? explanation_to_markdown(*e, lang)
                                                       : explanation_to_text(*e, lang, use_color(o.common));
    return emit(text, o.common, ev->inputs, lang) ? kExitOk : kExitInputError;
}

}  // namespace

Command setup_explain(CLI::App& app) {
    auto opts = std::make_shared<ExplainOptions>();
    auto* cmd = app.add_subcommand("explain", "Show every step of one score figure: inputs, formulas with "
                                              "their numbers, and results");
    cmd->footer("Example: plankit explain plan.yaml target:literacy --year 2023 --progress progress/\n"
                "KIND is target, task, chapter, goal, unit or plan (plan:ID names the plan itself).");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    cmd->add_option("subject", opts->subject, "What to explain, as KIND:ID")->required();
    add_evaluation_options(*cmd, opts->eval, false);
    add_common_options(*cmd, opts->common, {"text", "md", "json"});
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
