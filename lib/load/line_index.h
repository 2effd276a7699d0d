// Turning byte offsets into the parser's positions: a 1-based line and a 1-based column
// counted in Unicode code points (location.h).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "location.h"

namespace plankit {

class LineIndex {
public:
    // Indexes the line starts of `text` (LF, CRLF or a lone CR end a line); `file` is the
    // name the locations carry. `text` must outlive the index.
    LineIndex(std::string_view text, std::shared_ptr<const std::string> file);

    // The location of byte `pos` (clamped to the end). `hint` is the line of a previous
    // call, updated: readers asking in order of position then rarely search.
    Location at(std::size_t pos, std::size_t& hint) const;
    Location at(std::size_t pos) const {
        std::size_t hint = 0;
        return at(pos, hint);
    }
    // Line 1, column 1: where problems of the file as a whole are reported.
    Location start() const { return Location{file_, 1, 1}; }

    std::string_view text() const { return text_; }

private:
    std::size_t line_of(std::size_t pos, std::size_t& hint) const;

    std::string_view text_;
    std::shared_ptr<const std::string> file_;
    std::vector<std::size_t> starts_;
};

}  // namespace plankit
