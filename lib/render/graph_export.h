// `graph`: the plan graph, or the part of it around one node, as Graphviz DOT, a Mermaid
// flowchart or JSON (cli.md).
#pragma once

#include <string>
#include <vector>

#include "plan_graph.h"

namespace plankit {

// The nodes and edges to draw: goals, targets, tasks (in task order), units; edges in the
// order of their source node, then as added to the graph.
struct GraphView {
    std::vector<Vertex> nodes;
    std::vector<Graph::edge_descriptor> edges;
};

// Every node and edge of the plan.
GraphView whole_graph(const PlanGraph& pg);

// The focus node and what it depends on (its tasks' dependencies, subtasks, the targets
// and tasks that feed it, the units doing the work) or, when `downstream`, what depends on
// it (tasks that wait for it, parent tasks, the targets and goals it feeds); with the
// edges between the nodes shown.
GraphView focus_graph(const PlanGraph& pg, Vertex focus, bool downstream);

// Graphviz: kinds as shapes, edge types as styles, tasks clustered by chapter.
std::string graph_to_dot(const PlanGraph& pg, const GraphView& view);
// A Mermaid `flowchart LR` that renders on Git hosting pages.
std::string graph_to_mermaid(const PlanGraph& pg, const GraphView& view);
// `{"nodes": [{kind, id, label}], "edges": [{from, to, type}]}`, ids as `kind:id`.
std::string graph_to_json(const PlanGraph& pg, const GraphView& view);

// The title or name of a node, as shown beside its id.
const std::string& node_label(const PlanGraph& pg, Vertex v);
// `kind:id`.
std::string node_key(const PlanGraph& pg, Vertex v);

}  // namespace plankit
