// `plankit graph PLAN [--format dot|mermaid|json] [--focus KIND:ID] [--downstream]`.
#include <cstdio>

#include "command.h"
#include "display_text.h"
#include "graph_view.h"
#include "graph_writers.h"
#include "plan_graph.h"

namespace plankit::cli {
namespace {

enum class GraphFormat { dot, mermaid, json };

struct GraphOptions {
    CommonOptions common;
    std::string plan;
    GraphFormat format = GraphFormat::dot;
    std::string focus;
    bool downstream = false;
};

// The focus node named `kind:id`, or nullopt after printing why it is unknown.
std::optional<Vertex> focus_vertex(const PlanGraph& graph, const std::string& focus, Lang lang) {
    auto colon = focus.find(':');
    auto kind = colon == std::string::npos ? std::nullopt : parse_node_kind(focus.substr(0, colon));
    if (!kind) {
        print_error(say("focus_kind", {quoted_text(focus)}), lang);
        return std::nullopt;
    }
    auto v = graph.find(*kind, focus.substr(colon + 1));
    if (!v) {
        print_error(say("focus_unknown", {quoted_text(focus)}), lang);
    }
    return v;
}

std::string render(const GraphView& view, GraphFormat format, Lang lang) {
    switch (format) {
        case GraphFormat::dot: return graph_to_dot(view, lang);
        case GraphFormat::mermaid: return graph_to_mermaid(view, lang);
        case GraphFormat::json: return graph_to_json(view);
    }
    return {};
}

int run(const GraphOptions& o) {
    auto plan = load_plan_or_report(o.plan, o.common);
    if (!plan) return kExitInputError;
    PlanGraph graph(*plan);
    const Lang lang = language(*plan, o.common);
    GraphView view;
    if (o.focus.empty()) {
        view = whole_graph(graph);
    } else {
        auto v = focus_vertex(graph, o.focus, lang);
        if (!v) return kExitInputError;
        view = focus_graph(graph, *v, o.downstream);
    }
    return emit(render(view, o.format, lang), o.common, plan->files, lang) ? kExitOk : kExitInputError;
}

}  // namespace

Command setup_graph(CLI::App& app) {
    auto opts = std::make_shared<GraphOptions>();
    auto* cmd = app.add_subcommand("graph", "Draw the plan graph (goals, targets, tasks, units) "
                                            "as Graphviz DOT, a Mermaid flowchart or JSON");
    cmd->footer("Example: plankit graph plan.yaml --focus task:7.2 --downstream | dot -Tsvg -o 7.2.svg");
    cmd->add_option("plan", opts->plan, "The plan file (YAML)")->required();
    // Words only, as the other commands check them: CLI11's CheckedTransformer would show
    // the enum's numbers in --help and accept `--format 1`.
    const std::vector<std::string> formats{"dot", "mermaid", "json"};
    cmd->add_option_function<std::string>(
           "--format",
           [opts](const std::string& word) {
               opts->format = word == "json" ? GraphFormat::json : word == "mermaid" ? GraphFormat::mermaid
                                                                                     : GraphFormat::dot;
           },
           "Output format: " + format_list(formats))
        ->check(CLI::IsMember(formats));
    auto* focus = cmd->add_option("--focus", opts->focus,
                                  "Show only the part around one node, KIND:ID (e.g. task:7.2)");
    cmd->add_flag("--downstream", opts->downstream,
                  "With --focus: what depends on the node, instead of what it depends on")
        ->needs(focus);
    add_common_options(*cmd, opts->common, {});
    return [opts] { return run(*opts); };
}

}  // namespace plankit::cli
