// A Mermaid flowchart for `graph --format mermaid`.
#include <map>

#include "display_text.h"
#include "graph_writers.h"

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

std::string graph_to_mermaid(const GraphView& view, Lang lang) {
    // Node names are positions (n0, n1, …): plan ids may hold characters Mermaid reserves.
    auto name = [](std::size_t i) { return "n" + std::to_string(i); };

    std::string out = "flowchart LR\n";
    std::map<std::size_t, std::vector<std::string>> clusters;  // node lines by chapter
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        const GraphNode& n = view.nodes[i];
        std::string line = name(i) + node_shape(n.kind, n.id + ": " + n.label) + "\n";
        if (n.chapter) {
            clusters[*n.chapter].push_back(line);
        } else {
            out += "  " + line;
        }
    }
    for (const auto& [c, lines] : clusters) {
        const GraphChapter& ch = view.chapters[c];
        out += "  subgraph c" + std::to_string(c) + "[" + mermaid_quote(ch.id + " " + ch.title) + "]\n";
        for (const auto& line : lines) out += "    " + line;
        out += "  end\n";
    }
    for (const auto& e : view.edges)
        out += "  " + name(e.from) + " " + arrow(e.type) + "|" + edge_label(e.type, lang) + "| " + name(e.to) + "\n";
    return out;
}

}  // namespace plankit
