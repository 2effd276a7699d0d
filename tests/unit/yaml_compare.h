// Comparing two YAML trees node for node, for the tests and fuzz target that check a
// document reads the same in pieces as whole (yaml_cuts.h).
#pragma once

#include "yaml_tree.h"

namespace plankit::testing {

// Whether the trees are the same: kind, style, tag, text and position of every node.
inline bool same_tree(const YamlNode& a, const YamlNode& b) {
    if (a.kind != b.kind || a.plain != b.plain || a.flow != b.flow || a.tag != b.tag ||
        a.text != b.text || a.count != b.count || a.loc.line != b.loc.line || a.loc.col != b.loc.col)
        return false;
    for (std::size_t i = 0; i < a.items().size(); ++i)
        if (!same_tree(*a.items()[i], *b.items()[i])) return false;
    for (std::size_t i = 0; i < a.entries().size(); ++i)
        if (!same_tree(*a.entries()[i].key, *b.entries()[i].key) ||
            !same_tree(*a.entries()[i].value, *b.entries()[i].value))
            return false;
    return true;
}

}  // namespace plankit::testing
