// Character classes of ASCII text, for the parts of inputs and outputs that are ASCII by
// definition (numbers, keys); unlike <cctype>, no locale and no signed-char pitfall.
#pragma once

namespace plankit {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace plankit
