#include "markdown.h"

#include <algorithm>

#include "display_text.h"

namespace plankit {
namespace {

// `s` with each line break (CRLF, LF or CR) replaced by `br`.
std::string replace_line_breaks(std::string_view s, std::string_view br) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
            out += br;
        } else if (s[i] == '\n') {
            out += br;
        } else {
            out += s[i];
        }
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
    for (char c : escape_controls(replace_line_breaks(s, "<br>"), "\t")) {
        if (c == '|') out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_line(std::string_view s) {
    return escape_controls(replace_line_breaks(s, " "), "\t");
}

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
