#include "graph_kinds.h"

namespace plankit {

const char* to_string(NodeKind kind) {
    switch (kind) {
        case NodeKind::goal: return "goal";
        case NodeKind::target: return "target";
        case NodeKind::task: return "task";
        case NodeKind::unit: return "unit";
    }
    return "?";
}

std::optional<NodeKind> parse_node_kind(std::string_view text) {
    for (auto kind : {NodeKind::goal, NodeKind::target, NodeKind::task, NodeKind::unit}) {
        if (text == to_string(kind)) return kind;
    }
    return std::nullopt;
}

const char* to_string(EdgeType type) {
    switch (type) {
        case EdgeType::measures: return "measures";
        case EdgeType::advances: return "advances";
        case EdgeType::serves: return "serves";
        case EdgeType::depends: return "depends";
        case EdgeType::part_of: return "part-of";
        case EdgeType::leads: return "leads";
        case EdgeType::supports: return "supports";
        case EdgeType::owns: return "owns";
        case EdgeType::within: return "within";
    }
    return "?";
}

}  // namespace plankit
