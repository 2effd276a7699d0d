// Drawings laid out by Graphviz's own library (cgraph + gvc, the `dot` layout), rendered
// to SVG in memory: the only part that links Graphviz, so nothing else depends on it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace plankit {

// A box of the drawing: `name` is unique in the drawing (it is not shown); `label` is
// shown as it is (any text: it is escaped here); the colours are CSS colours.
struct LayoutNode {
    std::string name;
    std::string label;
    std::string fill;
    std::string stroke;
};

// An arrow from one box to another, by their names.
struct LayoutEdge {
    std::string from;
    std::string to;
};

// A directed drawing read left to right.
struct LayoutGraph {
    std::vector<LayoutNode> nodes;
    std::vector<LayoutEdge> edges;
};

// The drawing as one `<svg …>…</svg>` element ready to sit inside an HTML page (no XML
// prolog, DOCTYPE or comments), or nullopt when Graphviz fails. The same graph gives the
// same bytes: text is measured by Graphviz's built-in font metrics, not by the fonts
// installed on the machine.
std::optional<std::string> layout_svg(const LayoutGraph& graph);

// A label as Graphviz must be given it so that it shows as written: backslashes doubled
// (Graphviz reads `\n`, `\N` … in labels) and `&` written `&amp;` (its SVG writer keeps
// anything that looks like an entity as it is, so `&lt;` would otherwise show as `<`).
std::string graphviz_label(const std::string& text);

}  // namespace plankit
