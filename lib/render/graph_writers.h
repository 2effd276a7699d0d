// The drawings of `graph` (cli.md): a graph view as Graphviz DOT, a Mermaid flowchart or
// JSON.
#pragma once

#include <string>

#include "graph_view.h"
#include "labels.h"

namespace plankit {

// Graphviz: kinds as shapes, edge types as styles (labelled in `lang`), tasks clustered
// by chapter.
std::string graph_to_dot(const GraphView& view, Lang lang);
// A Mermaid `flowchart LR` that renders on Git hosting pages, edges labelled in `lang`.
std::string graph_to_mermaid(const GraphView& view, Lang lang);
// The word on an edge of the drawings: `measures`, … in English, `衡量`, … in Chinese.
std::string edge_label(EdgeType type, Lang lang);
// `{"nodes": [{kind, id, label}], "edges": [{from, to, type}]}`, ids as `kind:id`.
std::string graph_to_json(const GraphView& view);

}  // namespace plankit
