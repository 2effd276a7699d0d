// Graphviz DOT for `graph --format dot`.
#include <map>

#include "display_text.h"
#include "graph_export.h"

namespace plankit {
namespace {

// A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`, other control,
// bidi and invisible characters shown as escapes (`\x1b`, `\u202e`), so no title can end
// the string or the graph, nor reorder the label.
std::string dot_quote(std::string_view text) {
    const std::string s = escape_controls(text, "\r\n");
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            if (i + 1 >= s.size() || s[i + 1] != '\n') out += "\\n";
        } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) {
            out += c;
        }
    }
    return out + "\"";
}

const char* shape(NodeKind kind) {
    switch (kind) {
        case NodeKind::goal: return "shape=ellipse, style=filled, fillcolor=\"#fde9c9\"";
        case NodeKind::target: return "shape=box, style=filled, fillcolor=\"#d9ead3\"";
        case NodeKind::task: return "shape=box, style=\"rounded,filled\", fillcolor=\"#dbe8f7\"";
        case NodeKind::unit: return "shape=house, style=filled, fillcolor=\"#eeeeee\"";
    }
    return "shape=box";
}

const char* edge_style(EdgeType type) {
    switch (type) {
        case EdgeType::measures: return "style=bold";
        case EdgeType::advances: return "style=solid";
        case EdgeType::serves: return "style=solid, color=\"#996600\"";
        case EdgeType::depends: return "style=dashed, color=\"#cc0000\"";
        case EdgeType::part_of: return "style=dotted, arrowhead=diamond";
        case EdgeType::leads: return "style=bold, color=\"#3366cc\"";
        case EdgeType::supports: return "style=dashed, color=\"#3366cc\"";
        case EdgeType::owns: return "style=solid, color=\"#3366cc\"";
        case EdgeType::within: return "style=dotted, color=\"#888888\"";
    }
    return "style=solid";
}

std::string node_line(const PlanGraph& pg, Vertex v, const char* indent) {
    std::string label = pg.id_of(v) + "\n" + node_label(pg, v);
    return std::string(indent) + dot_quote(node_key(pg, v)) + " [label=" + dot_quote(label) + ", " +
           shape(pg.node(v).kind) + "];\n";
}

// The chapter a task is drawn in: its effective chapter when the plan knows it.
std::optional<std::size_t> chapter_of(const PlanGraph& pg, Vertex v) {
    const PlanVertex& n = pg.node(v);
    if (n.kind != NodeKind::task) return std::nullopt;
    const auto& chapter = pg.plan().tasks[n.index].eff.chapter;
    return chapter ? pg.chapter_index(*chapter) : std::nullopt;
}

}  // namespace

std::string graph_to_dot(const PlanGraph& pg, const GraphView& view) {
    std::string out = "digraph " + dot_quote(pg.plan().id) + " {\n";
    // newrank: the classic ranker fails ("trouble in init_rank") on clusters with edges
    // crossing them, which every plan with chapters has.
    out += "  rankdir=LR;\n  newrank=true;\n  node [fontname=\"sans-serif\", fontsize=10];\n"
           "  edge [fontname=\"sans-serif\", fontsize=8];\n";
    std::map<std::size_t, std::vector<Vertex>> clusters;
    for (Vertex v : view.nodes) {
        if (auto c = chapter_of(pg, v)) {
            clusters[*c].push_back(v);
        } else {
            out += node_line(pg, v, "  ");
        }
    }
    for (const auto& [c, members] : clusters) {
        const Chapter& ch = pg.plan().chapters[c];
        out += "  subgraph " + dot_quote("cluster_" + std::to_string(c)) + " {\n";
        out += "    label=" + dot_quote(ch.id + " " + ch.title) + ";\n    style=rounded;\n";
        for (Vertex v : members) out += node_line(pg, v, "    ");
        out += "  }\n";
    }
    for (auto e : view.edges) {
        const Graph& g = pg.graph();
        EdgeType type = g[e].type;
        out += "  " + dot_quote(node_key(pg, boost::source(e, g))) + " -> " +
               dot_quote(node_key(pg, boost::target(e, g))) + " [label=" + dot_quote(to_string(type)) +
               ", " + edge_style(type) + "];\n";
    }
    return out + "}\n";
}

}  // namespace plankit
