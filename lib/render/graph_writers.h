// The drawings of `graph` (cli.md): a graph view as Graphviz DOT, a Mermaid flowchart or
// JSON.
#pragma once

#include <string>

#include "graph_view.h"

namespace plankit {

// Graphviz: kinds as shapes, edge types as styles, tasks clustered by chapter.
std::string graph_to_dot(const GraphView& view);
// A Mermaid `flowchart LR` that renders on Git hosting pages.
std::string graph_to_mermaid(const GraphView& view);
// `{"nodes": [{kind, id, label}], "edges": [{from, to, type}]}`, ids as `kind:id`.
std::string graph_to_json(const GraphView& view);

}  // namespace plankit
