#include "svg_layout.h"

#include <gvc.h>
#include <gvplugin.h>

#include <memory>

// The two plugins linked in (see CMakeLists.txt): the `dot` layout and the core renderers
// (SVG among them). Loading them this way, rather than from Graphviz's plugin config,
// leaves out the Pango text plugin, whose text widths depend on the installed fonts.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

namespace plankit {
namespace {

lt_symlist_t linked_plugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {nullptr, nullptr},
};

// Sets an attribute, declaring it with an empty default first (cgraph needs that).
template <class Obj>
void set(Obj* obj, const char* name, const std::string& value) {
    agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
struct ContextCloser {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

void build(Agraph_t* g, const LayoutGraph& graph) {
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.2");
    set(g, "ranksep", "0.4");
    for (const auto& n : graph.nodes) {
        Agnode_t* node = agnode(g, const_cast<char*>(n.name.c_str()), 1);
        set(node, "label", graphviz_label(n.label));
        set(node, "shape", "box");
        set(node, "style", "rounded,filled");
        set(node, "fillcolor", n.fill);
        set(node, "color", n.stroke);
        set(node, "fontname", "sans-serif");
        set(node, "fontsize", "11");
    }
    for (const auto& e : graph.edges) {
        Agnode_t* from = agnode(g, const_cast<char*>(e.from.c_str()), 0);
        Agnode_t* to = agnode(g, const_cast<char*>(e.to.c_str()), 0);
        if (from && to) agedge(g, from, to, nullptr, 1);
    }
}

// The `<svg …>…</svg>` element alone, its comments removed (they repeat node names).
std::string svg_element(const std::string& doc) {
    std::string out;
    std::size_t i = doc.find("<svg");
    if (i == std::string::npos) return out;
    while (i < doc.size()) {
        std::size_t c = doc.find("<!--", i);
        if (c == std::string::npos) {
            out.append(doc, i, std::string::npos);
            break;
        }
        out.append(doc, i, c - i);
        std::size_t end = doc.find("-->", c);
        if (end == std::string::npos) break;
        i = end + 3;
        while (i < doc.size() && doc[i] == '\n') ++i;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

}  // namespace

std::string graphviz_label(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\\\";
        else if (c == '&') out += "&amp;";
        else out += c;
    }
    return out;
}

std::optional<std::string> layout_svg(const LayoutGraph& graph) {
    std::unique_ptr<GVC_t, ContextCloser> gvc(gvContextPlugins(linked_plugins, 0));
    if (!gvc) return std::nullopt;
    std::unique_ptr<Agraph_t, GraphCloser> g(agopen(const_cast<char*>("risk"), Agdirected, nullptr));
    if (!g) return std::nullopt;
    build(g.get(), graph);
    if (gvLayout(gvc.get(), g.get(), "dot") != 0) return std::nullopt;
    char* data = nullptr;
    unsigned int length = 0;
    const int failed = gvRenderData(gvc.get(), g.get(), "svg", &data, &length);
    std::string doc = (failed == 0 && data) ? std::string(data, length) : std::string();
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc.get(), g.get());
    if (failed != 0) return std::nullopt;
    return svg_element(doc);
}

}  // namespace plankit
