// Fuzz target: a whole `gaps` and `score` run, every writer included, on whatever plan
// loads. The input's first file is `plan.yaml` (its includes follow as `#@ NAME` files);
// files named `progress/...` are the progress records, read as one folder.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "error_text.h"
#include "file_source.h"
#include "fuzz_input.h"
#include "gaps.h"
#include "gaps_writers.h"
#include "graph_view.h"
#include "graph_writers.h"
#include "plan_graph.h"
#include "plan_loader.h"
#include "progress_loader.h"
#include "report_markdown.h"
#include "score_writers.h"
#include "year_score.h"

namespace {

void write_gaps(const plankit::PlanGraph& graph, plankit::Lang lang) {
    plankit::GapReport report = plankit::find_gaps(graph);
    (void)plankit::gaps_to_text(report, lang, true);
    (void)plankit::gaps_to_markdown(report, lang);
    (void)plankit::gaps_to_csv(report, lang);
    (void)plankit::gaps_to_json(report, lang);
}

void write_graph(const plankit::PlanGraph& graph, plankit::Lang lang) {
    plankit::GraphView view = plankit::whole_graph(graph);
    (void)plankit::graph_to_dot(view, lang);
    (void)plankit::graph_to_mermaid(view, lang);
    (void)plankit::graph_to_json(view);
}

void write_score(const plankit::PlanGraph& graph, const plankit::Progress& progress, int year,
                 plankit::Lang lang) {
    plankit::YearScore score = plankit::score_year(graph, progress, year);
    (void)plankit::score_to_text(graph.plan(), score, lang, true);
    (void)plankit::report_to_markdown(graph.plan(), score, lang);
    (void)plankit::score_to_csv(score, lang);
    (void)plankit::score_to_json(score, lang);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    plankit::MemoryFiles files;
    bool has_progress = false;
    for (auto& [name, bytes] : plankit::fuzz::split_files(data, size, "plan.yaml")) {
        has_progress = has_progress || name.rfind("progress/", 0) == 0;
        files.add(name, std::move(bytes));
    }
    plankit::LoadOptions opts;
    opts.max_input_bytes = 1 << 20;
    plankit::Diagnostics diags;
    auto plan = plankit::load_plan("plan.yaml", files, diags, opts);
    if (!plan) {
        // Whatever the errors, they word in both languages (error_text.h).
        (void)plankit::format_errors(diags, plankit::Lang::en);
        (void)plankit::format_errors(diags, plankit::Lang::zh);
        return 0;
    }
    plankit::PlanGraph graph(*plan);
    const plankit::Lang lang = plan->locale == "zh" ? plankit::Lang::zh : plankit::Lang::en;
    write_gaps(graph, lang);
    write_graph(graph, lang);
    plankit::Progress progress;
    if (has_progress) {
        plankit::Diagnostics progress_diags;
        auto loaded = plankit::load_progress(*plan, {"progress"}, files, progress_diags, opts);
        if (!loaded) return 0;
        progress = std::move(*loaded);
    }
    // Every year of the period (and one on each side), at most a dozen.
    const int last = std::min(plan->end + 1, plan->start + 11);
    for (int year = plan->start - 1; year <= last; ++year) write_score(graph, progress, year, lang);
    return 0;
}
