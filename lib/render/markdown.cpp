#include "markdown.h"

#include <algorithm>

#include "display_text.h"

namespace plankit {
namespace {

// Plan text with `&`, `<` and `>` as entities and control characters escaped: inline HTML
// in a title (`<img onerror=…>`, `</svg><script>`) then shows as text in every renderer,
// also those that let HTML through. Line breaks are left for the caller.
std::string without_markup(std::string_view s) {
    std::string out;
    for (char c : escape_controls(s, "\n\r\t")) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else out += c;
    }
    return out;
}

std::string table_row(const std::vector<std::string>& cells, std::size_t columns) {
    std::string line = "|";
    for (std::size_t i = 0; i < columns; ++i) {
        line += ' ';
        if (i < cells.size()) line += markdown_cell(cells[i]);
        line += " |";
    }
    line += '\n';
    return line;
}

}  // namespace

std::string markdown_cell(std::string_view s) {
    std::string out;
    for (char c : replace_line_breaks(without_markup(s), "<br>")) {
        if (c == '|') out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_line(std::string_view s) { return replace_line_breaks(without_markup(s), " "); }

std::string markdown_heading(int level, std::string_view text) {
    level = std::clamp(level, 1, 6);
    std::string out(static_cast<std::size_t>(level), '#');
    out += ' ';
    out += markdown_line(text);
    out += "\n\n";
    return out;
}

std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<Align>& alignments) {
    const std::size_t columns = header.size();
    std::string out = table_row(header, columns);
    out += '|';
    for (std::size_t i = 0; i < columns; ++i) {
        bool right = i < alignments.size() && alignments[i] == Align::right;
        out += right ? " ---: |" : " --- |";
    }
    out += '\n';
    for (const auto& row : rows) out += table_row(row, columns);
    return out;
}

}  // namespace plankit
