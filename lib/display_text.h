// Making input text safe to quote in a message, and the "did you mean" suggestion.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plankit {

// `text` with control characters (`\n`, `\x1b`, `\u0085`), bidi and other invisible
// format controls (`\u202e`, `\ufeff`) and invalid UTF-8 bytes (`\xff`) written as
// escapes, so that a message can never move the cursor or reorder the terminal line.
std::string display_text(std::string_view text);

// `"text"` for a message: escaped as display_text does, cut to `max_chars` code points
// with `...` when longer.
std::string quoted_text(std::string_view text, std::size_t max_chars = 60);

// The candidate nearest to `word` by edit distance (a swap of two neighbours counts
// one), when it is close enough to be a likely typo; ties go to the earlier candidate.
std::optional<std::string> nearest_word(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace plankit
