// Aligned plain-text tables for the terminal: widths are measured in display columns
// (East Asian wide characters count two), so tables of Chinese text line up.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminal_style.h"

namespace plankit {

// Columns `s` takes on a terminal (utf8proc_charwidth: wide and fullwidth 2, ambiguous 1,
// control characters and combining marks 0; an invalid byte 1).
std::size_t display_width(std::string_view s);

// The longest prefix of `s` that fits `width` columns; when cut it ends with `…`. Never
// splits a character (a combining mark stays with its base).
std::string truncate_to_width(std::string_view s, std::size_t width);

// `s` followed (pad_right) or preceded (pad_left) by spaces up to `width` columns;
// unchanged when already as wide or wider.
std::string pad_right(std::string_view s, std::size_t width);
std::string pad_left(std::string_view s, std::size_t width);

// `s` broken into lines of at most `width` columns, at spaces where possible, else between
// characters (Chinese has no spaces); line breaks in `s` are kept. At least one line.
std::vector<std::string> wrap_to_width(std::string_view s, std::size_t width);

enum class Align { left, right };

// What to do with a cell wider than its column.
enum class Overflow { truncate, wrap };

// One column: its heading and how its cells are laid out.
struct TextColumn {
    std::string header;
    Align align = Align::left;
    std::size_t max_width = 0;  // 0: as wide as the widest cell
    Overflow overflow = Overflow::truncate;
    bool keep_width = false;  // never narrowed to fit the total width (ids people look up)
};

// A cell with an optional style (used only when rendering with colour); plain text
// converts to it, so `add_row({"7.2", title, score})` works.
struct TextCell {
    TextCell() = default;
    TextCell(std::string t, Style s = Style::plain) : text(std::move(t)), style(s) {}
    TextCell(std::string_view t, Style s = Style::plain) : text(t), style(s) {}
    TextCell(const char* t, Style s = Style::plain) : text(t), style(s) {}

    std::string text;
    Style style = Style::plain;
};

// A row made of its cells, each moved in when it can be: a braced list is copied once
// more, which counts in tables of many thousand rows.
template <class... Cells>
std::vector<TextCell> row_of(Cells&&... cells) {
    std::vector<TextCell> row;
    row.reserve(sizeof...(cells));
    (row.emplace_back(std::forward<Cells>(cells)), ...);
    return row;
}

// Usual width budgets: a standard terminal, and a wide one.
inline constexpr std::size_t kTerminalWidth = 80;
inline constexpr std::size_t kWideTerminalWidth = 120;

// How to render: a total width budget (0: none) and whether to colour.
struct TableLayout {
    std::size_t total_width = 0;
    bool color = false;
};

// A header row, a separator line and rows of cells, rendered so that every line has the
// same display width. Left-aligned columns are text and may be narrowed, widest first,
// to fit the total width; right-aligned columns (numbers) keep their width.
class TextTable {
public:
    explicit TextTable(std::vector<TextColumn> columns);

    // Missing cells are empty; extra cells are ignored.
    void add_row(std::vector<TextCell> cells);
    void add_row(const std::vector<std::string>& cells);
    void add_row(std::initializer_list<TextCell> cells) { add_row(std::vector<TextCell>(cells)); }

    std::size_t row_count() const { return rows_.size(); }

    // The table, each line ending in `\n`. Control characters in cells are shown as
    // escapes (display_text), so a cell can never move the cursor.
    std::string render(const TableLayout& layout = {}) const;

private:
    std::vector<TextColumn> columns_;
    std::vector<std::vector<TextCell>> rows_;
};

}  // namespace plankit
