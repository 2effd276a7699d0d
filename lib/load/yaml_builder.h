// Reading one YAML text, or one piece of a larger one, into a YamlNode tree (yaml_tree.h)
// from yaml-cpp's event parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>

#include "diagnostics.h"
#include "line_index.h"
#include "yaml_tree.h"

namespace plankit {

// The part of a document one parser reads: the whole text, or a piece of it that parses
// on its own (yaml_cuts.h).
struct YamlPiece {
    std::size_t begin = 0, end = 0;  // byte range in the LineIndex's text
    int depth = 0;                   // collections around the piece in the whole document
};

// The tree read from one piece.
struct YamlPieceTree {
    const YamlNode* root = nullptr;  // nullptr: the piece holds no document
    std::shared_ptr<YamlArena> arena;
    std::uint64_t written = 0;   // nodes written
    std::uint64_t expanded = 0;  // nodes the root reads as, aliases expanded
    Location first_alias;        // unknown when the piece has no alias
    std::size_t pieces = 1;      // pieces joined into this tree
};

// Parses one piece: one document or none, depth and alias limits, explicit tags,
// duplicate keys. Returns nullopt when the piece cannot be read as a tree (reported in
// `diags`); recoverable problems are reported and the tree still returned.
std::optional<YamlPieceTree> build_yaml_tree(const LineIndex& lines, const YamlPiece& piece,
                                             Diagnostics& diags, const YamlLimits& limits);

// Reports that aliases would make the document read as too many nodes (readings.md 69).
void report_alias_expansion(const Location& at, std::uint64_t written, const YamlLimits& limits,
                            Diagnostics& diags);

}  // namespace plankit
