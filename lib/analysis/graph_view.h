// What `graph` draws (cli.md): the plan graph, or the part of it around one node, as a
// model of named nodes and typed edges. The drawings (DOT, Mermaid, JSON) render it and
// never see the graph itself.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph_kinds.h"

namespace plankit {

class PlanGraph;

struct GraphNode {
    NodeKind kind = NodeKind::task;
    std::string id;
    std::string label;                  // the title or name shown beside the id
    std::optional<std::size_t> chapter;  // a task's effective chapter, as an index into the view's chapters

    std::string key() const;  // `kind:id`
};

// An edge between two shown nodes, as positions in the view's nodes.
struct GraphEdge {
    std::size_t from = 0;
    std::size_t to = 0;
    EdgeType type = EdgeType::advances;
};

struct GraphChapter {
    std::string id;
    std::string title;
};

// The nodes to draw: goals, targets, tasks (in task order), units; edges in the order of
// their source node, then as added to the graph. `chapters` are all the plan's, in order.
struct GraphView {
    std::string plan;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<GraphChapter> chapters;
};

// Every node and edge of the plan.
GraphView whole_graph(const PlanGraph& pg);

// The focus vertex and what it depends on (its tasks' dependencies, subtasks, the targets
// and tasks that feed it, the units doing the work) or, when `downstream`, what depends on
// it (tasks that wait for it, parent tasks, the targets and goals it feeds); with the
// edges between the nodes shown.
GraphView focus_graph(const PlanGraph& pg, std::size_t focus, bool downstream);

}  // namespace plankit
