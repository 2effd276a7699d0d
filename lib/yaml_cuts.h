// Where a large YAML document can be cut into pieces that yaml-cpp parses on their own, so
// that the pieces of a big plan parse side by side on several cores.
//
// Only the plain shape every large plan has is cut: a block mapping whose keys start at
// column 0, one of them holding a block list. The list is cut between items, at lines that
// start an item of that list (`  - ...` at the list's indentation); such a line cannot lie
// inside a block scalar or a nested collection of an item, which are indented deeper. A
// cut inside a quoted or flow text spread over lines leaves a piece that fails to parse,
// and the caller then parses the whole document in one piece: the tree is the same either
// way (yaml_tree.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace plankit {

struct YamlCuts {
    // Piece i is [bounds[i], bounds[i + 1]). Piece 0 is the document's start up to and with
    // the list's first items; the other pieces hold only items of the list. The list ends
    // at bounds.back(), and the rest of the text (the mapping's later keys, if any) is one
    // more piece, a mapping of its own.
    std::vector<std::size_t> bounds;
};

// Cuts `text` into about `pieces` pieces of similar size, or nullopt when it does not have
// the shape above (or would give fewer than two pieces).
std::optional<YamlCuts> find_yaml_cuts(std::string_view text, std::size_t pieces);

}  // namespace plankit
