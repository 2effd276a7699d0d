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

// Whether a code point changes how a line is shown without being seen: C0 and C1
// controls, DEL, bidi marks, embeddings and isolates, line and paragraph separators, BOM.
bool is_invisible_control(char32_t cp);

// `s` with each line break (CRLF, LF or CR) replaced by `br`.
std::string replace_line_breaks(std::string_view s, std::string_view br);

// `text` escaped as display_text does, except the ASCII characters in `keep` (for
// formats where a line break or tab is data, such as a quoted CSV cell).
std::string escape_controls(std::string_view text, std::string_view keep);

// `"text"` for a message: escaped as display_text does, cut to `max_chars` code points
// with `...` when longer.
std::string quoted_text(std::string_view text, std::size_t max_chars = 60);

// The candidate nearest to `word` by edit distance (a swap of two neighbours counts
// one), when it is close enough to be a likely typo; ties go to the earlier candidate.
std::optional<std::string> nearest_word(std::string_view word,
                                        const std::vector<std::string>& candidates);

}  // namespace plankit
