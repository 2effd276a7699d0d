#include "yaml_cuts.h"

#include <algorithm>

namespace plankit {
namespace {

// One line of the text, as far as cutting needs it.
struct Line {
    std::size_t start = 0;
    std::size_t indent = 0;  // leading spaces
    char first = 0;          // the first character after them (0 on a blank line)
    char second = 0;         // the one after that (0 at the end of the line)
    bool tab = false;        // a tab before the content: indentation the cutter does not read

    bool content() const { return first != 0 && first != '#'; }
    bool item() const { return first == '-' && (second == 0 || second == ' '); }
};

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t i = 0, n = text.size();
    while (i < n) {
        Line line;
        line.start = i;
        while (i < n && text[i] == ' ') ++i;
        line.indent = i - line.start;
        if (i < n && text[i] == '\t') line.tab = true;
        std::size_t end = i;
        while (end < n && text[end] != '\n' && text[end] != '\r') ++end;
        std::string_view rest = text.substr(i, end - i);
        while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
        if (!rest.empty()) line.first = rest[0];
        if (rest.size() > 1) line.second = rest[1];
        lines.push_back(line);
        if (end < n && text[end] == '\r' && end + 1 < n && text[end + 1] == '\n') ++end;
        i = end + 1;
    }
    return lines;
}

// A top-level key of the plain kind (`tasks:`): anything else at column 0 stops cutting.
bool plain_key_start(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// The line `key:` with nothing after it but a comment: its value is on the next lines.
bool key_opens_block(std::string_view text, const Line& line) {
    std::size_t end = text.find_first_of("\r\n", line.start);
    std::string_view s = text.substr(line.start, end == std::string_view::npos ? text.size() - line.start
                                                                               : end - line.start);
    std::size_t colon = s.find(": ");
    if (colon == std::string_view::npos) {
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        return !s.empty() && s.back() == ':' && s.find_first_of("\"'{[#") == std::string_view::npos;
    }
    std::string_view key = s.substr(0, colon);
    std::string_view after = s.substr(colon + 1);
    std::size_t k = after.find_first_not_of(' ');
    return key.find_first_of("\"'{[#") == std::string_view::npos &&
           (k == std::string_view::npos || after[k] == '#');
}

// Whether `v` ends where a closed value may end: nothing, or a comment.
bool ends_clean(std::string_view v) {
    std::size_t k = v.find_first_not_of(' ');
    return k == std::string_view::npos || (v[k] == '#' && k > 0);
}

// A quoted text that closes on its line, then nothing but a comment.
bool closed_quote(std::string_view v) {
    const char q = v[0];
    for (std::size_t i = 1; i < v.size(); ++i) {
        if (q == '"' && v[i] == '\\') {
            ++i;
        } else if (v[i] == q) {
            if (q == '\'' && i + 1 < v.size() && v[i + 1] == '\'') {
                ++i;
                continue;
            }
            return ends_clean(v.substr(i + 1));
        }
    }
    return false;
}

// A flow list or mapping that closes on its line (quotes inside it closed too).
bool closed_flow(std::string_view v) {
    int depth = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        char c = v[i];
        if (c == '"' || c == '\'') {
            std::size_t close = i + 1;
            while (close < v.size() && v[close] != c) close += (c == '"' && v[close] == '\\') ? 2 : 1;
            if (close >= v.size()) return false;
            i = close;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) return ends_clean(v.substr(i + 1));
        } else if (c == '#' && i > 0 && v[i - 1] == ' ') {
            return false;  // a comment inside: the collection goes on below
        }
    }
    return false;
}

// A value complete on its line: quoted, flow or plain text that cannot go on below.
bool closed_value(std::string_view v) {
    if (v[0] == '"' || v[0] == '\'') return closed_quote(v);
    if (v[0] == '[' || v[0] == '{') return closed_flow(v);
    static constexpr std::string_view kIndicators = "&*!|>%@`?:-,[]{}#'\"";
    if (kIndicators.find(v[0]) != std::string_view::npos) return false;
    return v.find(": ") == std::string_view::npos && v.back() != ':';
}

bool key_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

// How a line reads on its own: complete (item dashes, then `key: value` or, after a dash,
// a value, the value closed on the line), opening (`key:` or a bare dash: the value is on
// the lines below, or is a null the parser places at the next token), or neither.
enum class LineEnd { complete, opening, other };

// A cut after an item made of complete and opening lines, the last one complete, finds
// the parser in the state a fresh start has; a text or collection that may go on over
// lines, or yaml-cpp's lenient readings of odd lines, never end such an item.
LineEnd line_end(std::string_view s) {
    bool dash = false;
    while (s.size() >= 2 && s[0] == '-' && s[1] == ' ') {
        std::size_t next = s.find_first_not_of(' ', 1);
        s.remove_prefix(next == std::string_view::npos ? s.size() : next);
        dash = true;
    }
    if (s.empty() || s == "-") return LineEnd::opening;
    if (s[0] == '#') return dash ? LineEnd::opening : LineEnd::complete;
    std::size_t k = 0;
    while (k < s.size() && key_char(s[k])) ++k;
    if (k > 0 && s[0] != '-' && k < s.size() && s[k] == ':' && (k + 1 == s.size() || s[k + 1] == ' ')) {
        std::string_view v = s.substr(k + 1);
        std::size_t start = v.find_first_not_of(' ');
        if (start == std::string_view::npos || v[start] == '#') return LineEnd::opening;
        return closed_value(v.substr(start)) ? LineEnd::complete : LineEnd::other;
    }
    return dash && closed_value(s) ? LineEnd::complete : LineEnd::other;
}

// The text of `line`, without its indentation, line break and trailing blanks.
std::string_view line_text(std::string_view text, const Line& line) {
    std::size_t from = line.start + line.indent;
    std::size_t end = text.find_first_of("\r\n", from);
    std::string_view s = text.substr(from, end == std::string_view::npos ? text.size() - from : end - from);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// A block list under a top-level key: its item lines and where it ends.
struct ListRegion {
    std::vector<std::size_t> items;  // index of each item's first line
    std::size_t end_line = 0;        // index of the next top-level key's line, or the count
    std::size_t end = 0;             // the offset there, or the text's end

    std::size_t bytes(const std::vector<Line>& lines) const { return end - lines[items[0]].start; }
};

// The document has only column-0 keys, items and comments at column 0, no directives,
// document markers or tab indentation.
bool plain_shape(const std::vector<Line>& lines) {
    for (const Line& l : lines) {
        if (l.tab) return false;
        if (l.indent == 0 && l.content() && !l.item() && !plain_key_start(l.first)) return false;
    }
    return true;
}

// The block list that starts under the key on line `k`, or nullopt.
std::optional<ListRegion> list_under(std::string_view text, const std::vector<Line>& lines, std::size_t k) {
    if (!key_opens_block(text, lines[k])) return std::nullopt;
    std::size_t i = k + 1;
    while (i < lines.size() && !lines[i].content()) ++i;
    if (i == lines.size() || !lines[i].item()) return std::nullopt;
    const std::size_t indent = lines[i].indent;
    ListRegion region;
    region.end_line = lines.size();
    region.end = text.size();
    for (; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (!l.content()) continue;
        if (l.indent == indent && l.item()) {
            region.items.push_back(i);
        } else if (l.indent <= indent && !(indent == 0 && l.indent > 0)) {
            if (l.indent != 0) return std::nullopt;  // neither the list nor a top-level key
            region.end_line = i;
            region.end = l.start;
            break;
        }
    }
    return region;
}

// Whether item `j` of the list ends where the parser stands as at a fresh start: every
// line complete or opening, the last one complete.
bool complete_item(std::string_view text, const std::vector<Line>& lines, const ListRegion& list, std::size_t j) {
    std::size_t to = j + 1 < list.items.size() ? list.items[j + 1] : list.end_line;
    LineEnd last = LineEnd::other;
    for (std::size_t i = list.items[j]; i < to; ++i) {
        if (!lines[i].content()) continue;
        last = line_end(line_text(text, lines[i]));
        if (last == LineEnd::other) return false;
    }
    return last == LineEnd::complete;
}

// The first item line at or after `pos` and past `after` that follows a complete item,
// or npos. Only the items looked at are read.
std::size_t cut_at(std::string_view text, const std::vector<Line>& lines, const ListRegion& list,
                   std::size_t pos, std::size_t after) {
    auto it = std::lower_bound(list.items.begin(), list.items.end(), std::max(pos, after + 1),
                               [&](std::size_t line, std::size_t p) { return lines[line].start < p; });
    for (auto j = static_cast<std::size_t>(it - list.items.begin()); j < list.items.size(); ++j)
        if (j > 0 && complete_item(text, lines, list, j - 1)) return lines[list.items[j]].start;
    return std::string_view::npos;
}

}  // namespace

std::optional<YamlCuts> find_yaml_cuts(std::string_view text, std::size_t pieces) {
    if (pieces < 2) return std::nullopt;
    std::vector<Line> lines = split_lines(text);
    if (!plain_shape(lines)) return std::nullopt;
    std::optional<ListRegion> best;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (lines[k].indent != 0 || !lines[k].content() || lines[k].item()) continue;
        auto region = list_under(text, lines, k);
        if (region && region->items.size() >= 2 && (!best || region->bytes(lines) > best->bytes(lines)))
            best = std::move(region);
    }
    // The last item must not go on into what follows the list.
    if (!best || !complete_item(text, lines, *best, best->items.size() - 1)) return std::nullopt;
    // Piece 0 also parses the rest after the list.
    const std::size_t share = text.size() / pieces;
    const std::size_t rest = text.size() - best->end;
    const std::size_t first = lines[best->items[0]].start;
    YamlCuts cuts;
    cuts.bounds.push_back(0);
    std::size_t at = cut_at(text, lines, *best, share > rest ? share - rest : 0, first);
    for (std::size_t i = 1; i < pieces && at < best->end; ++i) {
        cuts.bounds.push_back(at);
        at = cut_at(text, lines, *best, at + (best->end - at) / (pieces - i), at);
    }
    cuts.bounds.push_back(best->end);
    if (cuts.bounds.size() < 3) return std::nullopt;
    return cuts;
}

}  // namespace plankit
