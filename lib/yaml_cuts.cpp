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

// A block list under a top-level key: where its items start and where it ends.
struct ListRegion {
    std::vector<std::size_t> items;  // start of each item line
    std::size_t end = 0;             // start of the next top-level key, or the text's end
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
    region.end = text.size();
    for (; i < lines.size(); ++i) {
        const Line& l = lines[i];
        if (!l.content()) continue;
        if (l.indent == indent && l.item()) {
            region.items.push_back(l.start);
        } else if (l.indent <= indent && !(indent == 0 && l.indent > 0)) {
            if (l.indent != 0) return std::nullopt;  // neither the list nor a top-level key
            region.end = l.start;
            break;
        }
    }
    return region;
}

// The first item start at or after `pos`, past `after`.
std::size_t item_at(const std::vector<std::size_t>& items, std::size_t pos, std::size_t after) {
    auto it = std::lower_bound(items.begin(), items.end(), std::max(pos, after + 1));
    return it == items.end() ? std::string_view::npos : *it;
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
        if (region && region->items.size() >= 2 &&
            (!best || region->end - region->items[0] > best->end - best->items[0]))
            best = std::move(region);
    }
    if (!best) return std::nullopt;
    // Piece 0 also parses the rest after the list; every piece keeps at least one item.
    const std::size_t share = text.size() / pieces;
    const std::size_t rest = text.size() - best->end;
    YamlCuts cuts;
    cuts.bounds.push_back(0);
    std::size_t at = item_at(best->items, share > rest ? share - rest : 0, best->items[0]);
    for (std::size_t i = 1; i < pieces && at < best->end; ++i) {
        cuts.bounds.push_back(at);
        at = item_at(best->items, at + (best->end - at) / (pieces - i), at);
    }
    cuts.bounds.push_back(best->end);
    if (cuts.bounds.size() < 3) return std::nullopt;
    return cuts;
}

}  // namespace plankit
