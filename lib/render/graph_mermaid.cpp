// A Mermaid flowchart for `graph --format mermaid`.
#include <map>

#include "display_text.h"
#include "graph_export.h"

namespace plankit {
namespace {

// A quoted Mermaid label: characters Mermaid would read as syntax become entity codes
// (`#quot;` and numeric ones), line breaks and tabs spaces, other control, bidi and
// invisible characters escapes (`\x1b`, `\u202e`).
std::string mermaid_quote(std::string_view text) {
    const std::string s = escape_controls(text, "\t\r\n");
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "#quot;"; break;
            case '#': out += "#35;"; break;
            case '<': out += "#lt;"; break;
            case '>': out += "#gt;"; break;
            case '`': out += "#96;"; break;
            case '\n':
            case '\r':
            case '\t': out += ' '; break;
            default:
                if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
        }
    }
    return out + "\"";
}

// `[" "]` box, `(" ")` rounded, `([" "])` stadium, `{{" "}}` hexagon.
std::string node_shape(NodeKind kind, const std::string& label) {
    std::string q = mermaid_quote(label);
    switch (kind) {
        case NodeKind::goal: return "([" + q + "])";
        case NodeKind::target: return "[" + q + "]";
        case NodeKind::task: return "(" + q + ")";
        case NodeKind::unit: return "{{" + q + "}}";
    }
    return "[" + q + "]";
}

const char* arrow(EdgeType type) {
    switch (type) {
        case EdgeType::depends:
        case EdgeType::supports:
        case EdgeType::within: return "-.->";
        case EdgeType::leads:
        case EdgeType::measures: return "==>";
        default: return "-->";
    }
}

}  // namespace

std::string graph_to_mermaid(const PlanGraph& pg, const GraphView& view) {
    // Node names are positions (n0, n1, …): plan ids may hold characters Mermaid reserves.
    std::map<Vertex, std::string> name;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) name[view.nodes[i]] = "n" + std::to_string(i);

    std::string out = "flowchart LR\n";
    std::map<std::size_t, std::vector<std::string>> clusters;  // node lines by chapter
    for (Vertex v : view.nodes) {
        const PlanVertex& n = pg.node(v);
        std::string line = name[v] + node_shape(n.kind, pg.id_of(v) + ": " + node_label(pg, v)) + "\n";
        std::optional<std::size_t> chapter;
        if (n.kind == NodeKind::task && pg.plan().tasks[n.index].eff.chapter) {
            chapter = pg.chapter_index(*pg.plan().tasks[n.index].eff.chapter);
        }
        if (chapter) {
            clusters[*chapter].push_back(line);
        } else {
            out += "  " + line;
        }
    }
    for (const auto& [c, lines] : clusters) {
        const Chapter& ch = pg.plan().chapters[c];
        out += "  subgraph c" + std::to_string(c) + "[" + mermaid_quote(ch.id + " " + ch.title) + "]\n";
        for (const auto& line : lines) out += "    " + line;
        out += "  end\n";
    }
    const Graph& g = pg.graph();
    for (auto e : view.edges) {
        EdgeType type = g[e].type;
        out += "  " + name[boost::source(e, g)] + " " + arrow(type) + "|" + to_string(type) + "| " +
               name[boost::target(e, g)] + "\n";
    }
    return out;
}

}  // namespace plankit
