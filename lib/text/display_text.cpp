#include "display_text.h"

#include <algorithm>
#include <cstdio>

#include <utf8proc.h>

namespace plankit {
namespace {

std::string escape(utf8proc_int32_t cp) {
    char buf[16];
    switch (cp) {
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        default: break;
    }
    if (cp < 0x80)
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
    else
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
    return buf;
}

// Appends the display form of `text` to `out` (the ASCII characters of `keep` as they
// are), stopping after `max_chars` code points; returns true when everything fitted.
bool append_display(std::string_view text, std::size_t max_chars, std::string& out,
                    std::string_view keep = {}) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t i = 0, n = text.size(), count = 0;
    while (i < n) {
        if (count == max_chars) return false;
        // Printable ASCII is never escaped: copied as a run, without decoding.
        std::size_t run = i;
        while (run < n && run - i < max_chars - count && p[run] >= 0x20 && p[run] < 0x7f) ++run;
        if (run > i) {
            out.append(text.substr(i, run - i));
            count += run - i;
            i = run;
            continue;
        }
        utf8proc_int32_t cp = -1;
        auto len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
        if (len <= 0 || cp < 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(p[i]));
            out += buf;
            i += 1;
        } else {
            const bool kept = cp < 0x80 && keep.find(static_cast<char>(cp)) != std::string_view::npos;
            if (!kept && is_invisible_control(static_cast<char32_t>(cp)))
                out += escape(cp);
            else
                out.append(text.substr(i, static_cast<std::size_t>(len)));
            i += static_cast<std::size_t>(len);
        }
        ++count;
    }
    return true;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
// two neighbours each cost one.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

}  // namespace

bool is_invisible_control(char32_t cp) {
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f)) return true;
    if (cp == 0x061c || cp == 0x200e || cp == 0x200f) return true;       // marks
    if (cp >= 0x202a && cp <= 0x202e) return true;                       // embeddings
    if (cp >= 0x2066 && cp <= 0x2069) return true;                       // isolates
    return cp == 0x2028 || cp == 0x2029 || cp == 0xfeff;                 // separators, BOM
}

std::string escape_controls(std::string_view text, std::string_view keep) {
    std::string out;
    append_display(text, static_cast<std::size_t>(-1), out, keep);
    return out;
}

std::string display_text(std::string_view text) {
    std::string out;
    append_display(text, static_cast<std::size_t>(-1), out);
    return out;
}

std::string quoted_text(std::string_view text, std::size_t max_chars) {
    std::string out = "\"";
    if (!append_display(text, max_chars, out)) out += "...";
    out += '"';
    return out;
}

std::optional<std::string> nearest_word(std::string_view word,
                                        const std::vector<std::string>& candidates) {
    // Long words very different from everything would only ever match by accident.
    if (word.size() > 64) return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const auto& c : candidates) {
        if (c.size() > 64) continue;
        std::size_t dist = edit_distance(word, c);
        // Close means at most a third of the longer word (rounded up) is changed, and
        // never all of it (`9` is no typo of `1`).
        std::size_t longer = std::max(word.size(), c.size());
        if (dist == 0 || dist >= longer || dist * 3 > longer + 2) continue;
        if (!best || dist < best_distance) {
            best = c;
            best_distance = dist;
        }
    }
    return best;
}

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

}  // namespace plankit
