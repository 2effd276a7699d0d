#include "csv_writer.h"

#include "ascii.h"
#include "display_text.h"
#include "json_writer.h"

namespace plankit {
namespace {

// Advances `i` past a run of digits; returns how many there were.
std::size_t skip_digits(std::string_view s, std::size_t& i) {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i - start;
}

// Spreadsheets treat a cell starting with these as a formula.
bool starts_like_formula(std::string_view s) {
    if (s.empty()) return false;
    char c = s.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}  // namespace

bool is_plain_number(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t digits = skip_digits(s, i);
    if (i < s.size() && s[i] == '.') {
        ++i;
        digits += skip_digits(s, i);
    }
    if (digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (skip_digits(s, i) == 0) return false;
    }
    return i == s.size();
}

std::string csv_cell(std::string_view s) {
    // Line breaks and tabs are data in a quoted cell; escape, bidi and other invisible
    // controls are written as escapes, never raw.
    const std::string text = escape_controls(s, "\t\r\n");
    std::string cell;
    if (starts_like_formula(text) && !is_plain_number(text)) cell += '\'';
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string cell(double v) { return json_number(v); }
std::string cell(const std::optional<double>& v) { return v ? json_number(*v) : std::string(); }
std::string cell(bool v) { return v ? "true" : "false"; }
std::string cell(const std::optional<bool>& v) { return v ? cell(*v) : std::string(); }
std::string cell(const std::optional<std::string>& v) { return v.value_or(std::string()); }

std::string csv_row(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) line += ',';
        line += csv_cell(cells[i]);
    }
    line += "\r\n";
    return line;
}

std::string csv_table(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows) {
    std::string out = csv_row(header);
    for (const auto& row : rows) out += csv_row(row);
    return out;
}

}  // namespace plankit
