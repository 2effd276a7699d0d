#include "yaml_cuts.h"

#include <algorithm>

namespace plankit {
namespace {

// One line of the text, as far as cutting needs it.
struct Line {
    std::size_t start = 0;
    std::size_t indent = 0;  // leading spaces
    std::string_view text;   // what follows them, without the line break and trailing blanks
    bool tab = false;        // a tab before the content: indentation the cutter does not read

    char first() const { return text.empty() ? 0 : text[0]; }
    bool content() const { return !text.empty() && text[0] != '#'; }
    bool item() const { return first() == '-' && (text.size() == 1 || text[1] == ' '); }
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
        line.text = text.substr(i, end - i);
        while (!line.text.empty() && (line.text.back() == ' ' || line.text.back() == '\t'))
            line.text.remove_suffix(1);
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
        if (l.indent == 0 && l.content() && !l.item() && !plain_key_start(l.first())) return false;
    }
    return true;
}

// The block list that starts under the key on line `k`, or nullopt.
std::optional<ListRegion> list_under(std::string_view text, const std::vector<Line>& lines, std::size_t k) {
    // `key:` with nothing after it but a comment: its value is on the next lines.
    if (line_end(lines[k].text) != LineEnd::opening) return std::nullopt;
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
bool complete_item(const std::vector<Line>& lines, const ListRegion& list, std::size_t j) {
    std::size_t to = j + 1 < list.items.size() ? list.items[j + 1] : list.end_line;
    LineEnd last = LineEnd::other;
    for (std::size_t i = list.items[j]; i < to; ++i) {
        if (!lines[i].content()) continue;
        last = line_end(lines[i].text);
        if (last == LineEnd::other) return false;
    }
    return last == LineEnd::complete;
}

// The first item line at or after `pos` and past `after` that follows a complete item,
// or npos. Only the items looked at are read.
std::size_t cut_at(const std::vector<Line>& lines, const ListRegion& list, std::size_t pos, std::size_t after) {
    auto it = std::lower_bound(list.items.begin(), list.items.end(), std::max(pos, after + 1),
                               [&](std::size_t line, std::size_t p) { return lines[line].start < p; });
    for (auto j = static_cast<std::size_t>(it - list.items.begin()); j < list.items.size(); ++j)
        if (j > 0 && complete_item(lines, list, j - 1)) return lines[list.items[j]].start;
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
    if (!best || !complete_item(lines, *best, best->items.size() - 1)) return std::nullopt;
    // Piece 0 also parses the rest after the list.
    const std::size_t share = text.size() / pieces;
    const std::size_t rest = text.size() - best->end;
    const std::size_t first = lines[best->items[0]].start;
    YamlCuts cuts;
    cuts.bounds.push_back(0);
    std::size_t at = cut_at(lines, *best, share > rest ? share - rest : 0, first);
    for (std::size_t i = 1; i < pieces && at < best->end; ++i) {
        cuts.bounds.push_back(at);
        at = cut_at(lines, *best, at + (best->end - at) / (pieces - i), at);
    }
    cuts.bounds.push_back(best->end);
    if (cuts.bounds.size() < 3) return std::nullopt;
    return cuts;
}

}  // namespace plankit
