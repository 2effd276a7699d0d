// HTML output (the HTML report): one escaper for every plan text and attribute value.
#pragma once

#include <string>
#include <string_view>

namespace plankit {

// Text made safe as HTML text and as a double- or single-quoted attribute value: `&`, `<`,
// `>`, `"` and `'` become entities, other control characters escapes (as display_text
// writes them) except line breaks and tabs, which HTML shows as spaces. A title such as
// `<img src=x onerror=…>` then shows as those characters, never as markup.
std::string html_text(std::string_view s);

// html_text with each line break (CRLF, LF or CR) as `<br>`, for a cell of several lines.
std::string html_lines(std::string_view s);

}  // namespace plankit
