// Graphviz DOT for `graph --format dot`.
#include <map>

#include "display_text.h"
#include "graph_writers.h"

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

std::string node_line(const GraphNode& n, const char* indent) {
    std::string label = n.id + "\n" + n.label;
    return std::string(indent) + dot_quote(n.key()) + " [label=" + dot_quote(label) + ", " + shape(n.kind) + "];\n";
}

}  // namespace

std::string edge_label(EdgeType type, Lang lang) { return label(lang, std::string("edge.") + to_string(type)); }

std::string graph_to_dot(const GraphView& view, Lang lang) {
    std::string out = "digraph " + dot_quote(view.plan) + " {\n";
    // newrank: the classic ranker fails ("trouble in init_rank") on clusters with edges
    // crossing them, which every plan with chapters has.
    out += "  rankdir=LR;\n  newrank=true;\n  node [fontname=\"sans-serif\", fontsize=10];\n"
           "  edge [fontname=\"sans-serif\", fontsize=8];\n";
    std::map<std::size_t, std::vector<const GraphNode*>> clusters;
    for (const auto& n : view.nodes) {
        if (n.chapter) {
            clusters[*n.chapter].push_back(&n);
        } else {
            out += node_line(n, "  ");
        }
    }
    for (const auto& [c, members] : clusters) {
        const GraphChapter& ch = view.chapters[c];
        out += "  subgraph " + dot_quote("cluster_" + std::to_string(c)) + " {\n";
        out += "    label=" + dot_quote(ch.id + " " + ch.title) + ";\n    style=rounded;\n";
        for (const GraphNode* n : members) out += node_line(*n, "    ");
        out += "  }\n";
    }
    for (const auto& e : view.edges) {
        out += "  " + dot_quote(view.nodes[e.from].key()) + " -> " + dot_quote(view.nodes[e.to].key()) +
               " [label=" + dot_quote(edge_label(e.type, lang)) + ", " + edge_style(e.type) + "];\n";
    }
    return out + "}\n";
}

}  // namespace plankit
