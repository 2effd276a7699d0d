#include "html.h"

#include "display_text.h"

namespace plankit {

std::string html_text(std::string_view s) {
    std::string out;
    for (char c : escape_controls(s, "\n\r\t")) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string html_lines(std::string_view s) { return replace_line_breaks(html_text(s), "<br>"); }

}  // namespace plankit
