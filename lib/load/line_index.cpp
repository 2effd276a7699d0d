#include "line_index.h"

#include <algorithm>

namespace plankit {

LineIndex::LineIndex(std::string_view text, std::shared_ptr<const std::string> file)
    : text_(text), file_(std::move(file)) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            starts_.push_back(i + 1);
    }
}

Location LineIndex::at(std::size_t pos, std::size_t& hint) const {
    pos = std::min(pos, text_.size());
    std::size_t line = line_of(pos, hint);
    std::size_t col = 1;
    for (std::size_t i = starts_[line]; i < pos; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    return Location{file_, static_cast<int>(line) + 1, static_cast<int>(col)};
}

// The parser asks in order of position, almost always on the line of the last call or the
// next one: those are tried before searching.
std::size_t LineIndex::line_of(std::size_t pos, std::size_t& hint) const {
    for (std::size_t line = hint; line < hint + 2 && line < starts_.size(); ++line) {
        if (pos >= starts_[line] && (line + 1 == starts_.size() || pos < starts_[line + 1]))
            return hint = line;
    }
    auto it = std::upper_bound(starts_.begin(), starts_.end(), pos);
    return hint = static_cast<std::size_t>(it - starts_.begin()) - 1;
}

}  // namespace plankit
