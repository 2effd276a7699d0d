// `plankit score PLAN --year Y --progress PATH... [--fail-on LEVEL] [--fail-below N]`:
// the yearly score of a plan from its progress records.
#include <memory>

#include "command.h"
#include "plan_graph.h"
#include "report_markdown.h"
#include "score_writers.h"
#include "year_score.h"

namespace plankit::cli {
namespace {

struct ScoreOptions {
    CommonOptions common;
    std::string plan;
    EvaluationOptions eval;
};

std::string render(const PlanGraph& graph, const YearScore& score, const ScoreOptions& o, Lang lang) {
    switch (o.common.format) {
        case Format::text: return score_to_text(graph.plan(), score, lang, use_color(o.common));
        case Format::md: return report_to_markdown(graph.plan(), score, lang);  // the report's report.md
        case Format::csv: return score_to_csv(score, lang);
        case Format::json: return score_to_json(score, lang);
    }
    return {};
}

int run(const ScoreOptions& o) {
    auto e = evaluate_or_report(o.plan, o.eval, o.common);
    if (!e) return kExitInputError;
    if (!emit(render(*e->graph, e->score, o, e->lang), o.common, e->inputs, e->lang)) return kExitInputError;
    return evaluation_exit_code(e->score, o.eval);
}

}  // namespace

Command setup_score(CLI::App& app) {
    auto opts = std::make_shared<ScoreOptions>();
    auto* cmd = app.add_subcommand("score", "Score a year of a plan from progress records: targets "
                                            "against their trajectory, tasks by status, every aggregate");
    cmd->footer("Example: plankit score plan.yaml --year 2023 --progress progress/ --format md -o score.md\n"
                "Exit code 1 when a score finding is at or above --fail-on (default never), or the\n"
                "plan score is below --fail-below N or has no value.");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    add_evaluation_options(*cmd, opts->eval, true);
    add_common_options(*cmd, opts->common);
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
