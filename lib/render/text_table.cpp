#include "text_table.h"

#include <algorithm>

#include <utf8proc.h>

#include "display_text.h"

namespace plankit {
namespace {

constexpr std::string_view kEllipsis = "…";  // East Asian ambiguous: one column
constexpr std::size_t kGap = 2;              // spaces between columns
constexpr std::size_t kMinShrunkWidth = 6;   // narrowest a text column is squeezed to

// One character of UTF-8 text: its bytes and columns. An invalid byte counts as one
// character one column wide, as a terminal shows a replacement character.
struct Char {
    std::size_t bytes;
    std::size_t width;
};

Char char_at(std::string_view s, std::size_t i) {
    // ASCII needs no decoding: printable characters are one column, controls none
    // (what utf8proc_charwidth says of them), and tables are mostly ids and numbers.
    const auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) return {1, byte >= 0x20 && byte < 0x7f ? 1u : 0u};
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0 || cp < 0) return {1, 1};
    int w = utf8proc_charwidth(cp);
    return {static_cast<std::size_t>(n), w > 0 ? static_cast<std::size_t>(w) : 0};
}

// The lines of `s`, split at CRLF, LF or CR.
std::vector<std::string> split_lines(std::string_view s) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\r' && s[i] != '\n') continue;
        lines.emplace_back(s.substr(start, i - start));
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
        start = i + 1;
    }
    lines.emplace_back(s.substr(start));
    return lines;
}

// The lines of a cell as they may be shown: tabs become spaces and every other control
// character an escape, so that nothing in a cell can move the cursor or colour the line.
std::vector<std::string> safe_lines(std::string_view s) {
    // Most cells are one line without tabs: escaped once, not split and copied first.
    if (s.find_first_of("\r\n\t") == std::string_view::npos) return {display_text(s)};
    std::vector<std::string> lines = split_lines(s);
    for (auto& line : lines) {
        std::replace(line.begin(), line.end(), '\t', ' ');
        line = display_text(line);
    }
    return lines;
}

std::string join_with_spaces(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += ' ';
        out += lines[i];
    }
    return out;
}

std::string trim_right(std::string s) {
    s.erase(s.find_last_not_of(' ') + 1);
    return s;
}

// Punctuation that may not begin a line (closing brackets and quotes, Chinese commas and
// stops): a break just before one moves the character before it along.
bool closes(std::string_view piece) {
    static constexpr std::string_view kClosing[] = {"）", "】", "」", "』", "》", "〉", "〕", "］", "｝", "，", "。",
                                                    "、", "；", "：", "！", "？", "”", "’", ")", "]", "}"};
    return std::find(std::begin(kClosing), std::end(kClosing), piece) != std::end(kClosing);
}

// The byte offset where the last character of `s` starts.
std::size_t last_char_start(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
    return i > 0 ? i - 1 : 0;
}

// Greedy wrapping of one line without breaks: at the last space that lets the next
// character fit, else just before it (or before the character ahead of it, when it is
// punctuation that may not begin a line). Spaces at a break are dropped.
void wrap_line(std::string_view s, std::size_t width, std::vector<std::string>& out) {
    std::string line;
    std::size_t line_width = 0;
    std::size_t last_space = std::string::npos;  // byte offset in `line`
    for (std::size_t i = 0; i < s.size();) {
        Char c = char_at(s, i);
        std::string_view piece = s.substr(i, c.bytes);
        i += c.bytes;
        const bool space = piece == " ";
        if (space && line.empty()) continue;
        if (line_width + c.width > width && !line.empty()) {
            std::string rest;
            if (!space && last_space != std::string::npos) {
                rest = line.substr(last_space + 1);
                line.resize(last_space);
            } else if (!space && closes(piece) && last_char_start(line) > 0) {
                const std::size_t cut = last_char_start(line);
                rest = line.substr(cut);
                line.resize(cut);
            }
            out.push_back(trim_right(line));
            // `rest` followed the last space, so it holds none; it is at most width - 2
            // columns, leaving room for the character at hand.
            line = rest;
            line_width = display_width(line);
            last_space = std::string::npos;
            if (space) continue;
        }
        if (space) last_space = line.size();
        line += piece;
        line_width += c.width;
    }
    out.push_back(trim_right(line));
}

// The cell's text laid out in `width` columns, one string per line, each exactly fitting.
// Takes the lines over: a one-line cell that fits, the usual case, is passed on as it is.
std::vector<std::string> layout_cell(std::vector<std::string> lines, std::size_t width,
                                     Overflow overflow) {
    std::vector<std::string> out;
    if (overflow == Overflow::truncate) {
        if (lines.size() == 1 && display_width(lines.front()) <= width) return lines;
        out.push_back(lines.size() == 1 ? truncate_to_width(lines.front(), width)
                                        : truncate_to_width(join_with_spaces(lines), width));
        return out;
    }
    for (const auto& line : lines) wrap_line(line, width, out);
    // A character wider than the column itself (a wide one in a 1-column column) is cut.
    for (auto& line : out) line = truncate_to_width(line, width);
    return out;
}

// Appends `text` placed in `width` columns as `align` says, the padding left unstyled.
// Appending to the one output string spares a few strings per cell of a long table.
void place(std::string& out, std::string_view text, std::size_t width, Align align, Style style,
           bool color) {
    const std::size_t w = display_width(text);
    const std::size_t pad = w < width ? width - w : 0;
    if (align == Align::right) out.append(pad, ' ');
    if (color) {
        out += styled(text, style, color);
    } else {
        out += text;
    }
    if (align == Align::left) out.append(pad, ' ');
}

// The display width of the lines joined with spaces (a space is one column), without
// joining them; the lines are already escaped, so whole characters.
std::size_t joined_width(const std::vector<std::string>& lines) {
    std::size_t width = lines.empty() ? 0 : lines.size() - 1;
    for (const auto& line : lines) width += display_width(line);
    return width;
}

// Column widths: each as wide as its widest line (within max_width), then the widest
// left-aligned (text) columns narrowed one column at a time until the budget is met.
std::vector<std::size_t> column_widths(const std::vector<TextColumn>& columns,
                                       const std::vector<std::string>& headers,
                                       const std::vector<std::vector<std::vector<std::string>>>& cells,
                                       std::size_t budget) {
    const std::size_t n = columns.size();
    std::vector<std::size_t> natural(n), width(n);
    for (std::size_t c = 0; c < n; ++c) {
        natural[c] = display_width(headers[c]);
        for (const auto& row : cells) {
            if (columns[c].overflow == Overflow::truncate)
                natural[c] = std::max(natural[c], joined_width(row[c]));
            else
                for (const auto& line : row[c]) natural[c] = std::max(natural[c], display_width(line));
        }
        width[c] = columns[c].max_width > 0 ? std::min(natural[c], columns[c].max_width) : natural[c];
        width[c] = std::max<std::size_t>(width[c], 1);
    }
    if (budget == 0) return width;
    auto total = [&] {
        std::size_t t = kGap * (n - 1);
        for (auto w : width) t += w;
        return t;
    };
    while (total() > budget) {
        std::size_t pick = n;
        for (std::size_t c = 0; c < n; ++c) {
            if (columns[c].align != Align::left || columns[c].keep_width) continue;
            if (width[c] <= std::min(natural[c], kMinShrunkWidth)) continue;
            if (pick == n || width[c] > width[pick]) pick = c;
        }
        if (pick == n) break;  // nothing left to narrow: the table stays wider
        --width[pick];
    }
    return width;
}

}  // namespace

std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        Char c = char_at(s, i);
        width += c.width;
        i += c.bytes;
    }
    return width;
}

std::string truncate_to_width(std::string_view s, std::size_t width) {
    if (display_width(s) <= width) return std::string(s);
    if (width == 0) return "";
    const std::size_t room = width - display_width(kEllipsis);
    std::size_t used = 0, end = 0;
    while (end < s.size()) {
        Char c = char_at(s, end);
        if (used + c.width > room) break;
        used += c.width;
        end += c.bytes;  // zero-width marks after a kept character stay with it
    }
    return std::string(s.substr(0, end)) + std::string(kEllipsis);
}

std::string pad_right(std::string_view s, std::size_t width) {
    std::size_t w = display_width(s);
    return std::string(s) + std::string(w < width ? width - w : 0, ' ');
}

std::string pad_left(std::string_view s, std::size_t width) {
    std::size_t w = display_width(s);
    return std::string(w < width ? width - w : 0, ' ') + std::string(s);
}

std::vector<std::string> wrap_to_width(std::string_view s, std::size_t width) {
    std::vector<std::string> out;
    for (const auto& line : split_lines(s)) wrap_line(line, std::max<std::size_t>(width, 1), out);
    return out;
}

TextTable::TextTable(std::vector<TextColumn> columns) : columns_(std::move(columns)) {}

void TextTable::add_row(const std::vector<std::string>& cells) {
    add_row(std::vector<TextCell>(cells.begin(), cells.end()));
}

void TextTable::add_row(std::vector<TextCell> cells) {
    cells.resize(columns_.size());
    rows_.push_back(std::move(cells));
}

std::string TextTable::render(const TableLayout& layout) const {
    const std::size_t n = columns_.size();
    if (n == 0) return "";
    std::vector<std::string> headers;
    for (const auto& col : columns_) headers.push_back(join_with_spaces(safe_lines(col.header)));
    std::vector<std::vector<std::vector<std::string>>> cells;
    for (const auto& row : rows_) {
        cells.emplace_back();
        for (const auto& cell : row) cells.back().push_back(safe_lines(cell.text));
    }
    const auto width = column_widths(columns_, headers, cells, layout.total_width);
    const std::string gap(kGap, ' ');

    // A line per row at least: reserved once rather than grown by copying a long table.
    std::size_t line_bytes = kGap * (n - 1) + 1;
    for (std::size_t w : width) line_bytes += w;
    std::string out;
    out.reserve(line_bytes * (rows_.size() + 2));
    for (std::size_t c = 0; c < n; ++c) {
        if (c > 0) out += gap;
        place(out, truncate_to_width(headers[c], width[c]), width[c], columns_[c].align, Style::bold,
              layout.color);
    }
    out += '\n';
    for (std::size_t c = 0; c < n; ++c) {
        if (c > 0) out += gap;
        out.append(width[c], '-');
    }
    out += '\n';
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        std::vector<std::vector<std::string>> laid(n);
        std::size_t height = 1;
        for (std::size_t c = 0; c < n; ++c) {
            laid[c] = layout_cell(std::move(cells[r][c]), width[c], columns_[c].overflow);  // read once
            height = std::max(height, laid[c].size());
        }
        for (std::size_t line = 0; line < height; ++line) {
            for (std::size_t c = 0; c < n; ++c) {
                if (c > 0) out += gap;
                std::string_view text = line < laid[c].size() ? std::string_view(laid[c][line]) : std::string_view();
                place(out, text, width[c], columns_[c].align, rows_[r][c].style, layout.color);
            }
            out += '\n';
        }
    }
    return out;
}

}  // namespace plankit
