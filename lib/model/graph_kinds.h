// The kinds of the plan graph's vertices and edges (analysis.md, "The graph"): plain words
// of the model, so that a drawing of the graph can name them without the graph itself.
#pragma once

#include <optional>
#include <string_view>

namespace plankit {

enum class NodeKind { goal, target, task, unit };
const char* to_string(NodeKind kind);  // "goal", "target", "task", "unit"
std::optional<NodeKind> parse_node_kind(std::string_view text);

enum class EdgeType { measures, advances, serves, depends, part_of, leads, supports, owns, within };
const char* to_string(EdgeType type);  // "measures", …, "part-of", …

}  // namespace plankit
