// Where a large YAML document can be cut into pieces that yaml-cpp parses on their own, so
// that the pieces of a big plan parse side by side on several cores.
//
// Only the plain shape every large plan has is cut: a block mapping whose keys start at
// column 0, one of them holding a block list. The list is cut before an item line (`  - `
// at the list's indentation) that follows an item whose every line is complete by itself
// (`key: value` with the value closed on its line: no text or collection going on over
// lines, no block scalar, anchor or tag), and only when its last item is such an item too.
// There the parser is in the state a fresh start has. Should a piece still fail, or an
// alias make pieces depend on each other, the caller parses the document whole: the tree
// and the messages are the same either way (yaml_tree.cpp).
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
