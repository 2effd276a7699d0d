#include "error_text.h"

#include <algorithm>

namespace plankit {
namespace {

// Whether the UTF-8 text at [begin, end) is one CJK ideograph (U+3400..U+9FFF): Chinese
// words, not full-width punctuation, which needs no space beside Latin text.
bool is_ideograph(std::string_view text) {
    if (text.size() != 3) return false;
    const auto b0 = static_cast<unsigned char>(text[0]);
    const auto b1 = static_cast<unsigned char>(text[1]);
    const unsigned cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (static_cast<unsigned char>(text[2]) & 0x3Fu);
    return (b0 & 0xF0u) == 0xE0u && cp >= 0x3400 && cp <= 0x9FFF;
}

bool ends_with_ideograph(std::string_view text) {
    return text.size() >= 3 && is_ideograph(text.substr(text.size() - 3));
}

bool starts_with_ideograph(std::string_view text) { return text.size() >= 3 && is_ideograph(text.substr(0, 3)); }

// Latin text at a value's edge: a word, a number, a key in backticks or a quoted value.
bool latin_edge(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '`' || c == '"' ||
           c == '\'' || c == '-' || c == '.';
}

// A value put into a Chinese sentence is set off from Chinese words by a space on the side
// where they meet (应为 increase 或 decrease), as Chinese typesetting does with Latin text.
void put_value(std::string& out, const std::string& value, std::string_view rest, Lang lang) {
    const bool spaced = lang == Lang::zh && !value.empty();
    if (spaced && latin_edge(value.front()) && ends_with_ideograph(out)) out += ' ';
    out += value;
    if (spaced && latin_edge(value.back()) && starts_with_ideograph(rest)) out += ' ';
}

// The pattern with each `{N}` (one digit) replaced by the words of argument N. Other
// braces stay, since patterns quote YAML such as `{start: YEAR, end: YEAR}`.
std::string fill(const std::string& pattern, const std::vector<Message>& args, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const bool slot = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '0' &&
                          pattern[i + 1] <= '9' && pattern[i + 2] == '}';
        if (!slot) {
            out += pattern[i];
            continue;
        }
        const auto n = static_cast<std::size_t>(pattern[i + 1] - '0');
        if (n < args.size())
            put_value(out, message_text(args[n], lang), std::string_view(pattern).substr(i + 3), lang);
        else
            out += pattern.substr(i, 3);
        i += 2;
    }
    return out;
}

}  // namespace

std::string message_text(const Message& message, Lang lang) {
    if (message.code.empty()) return message.text;
    return fill(label(lang, "error." + message.code), message.args, lang);
}

std::string format_errors(const Diagnostics& diags, Lang lang, std::size_t limit) {
    std::string out;
    auto all = diags.sorted();
    std::size_t shown = std::min(limit, all.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& d = all[i];
        std::string where = to_string(d.loc);
        if (where.empty()) where = "plankit";
        out += message_text(say("line", {where, message_text(d.message, lang)}), lang) + "\n";
    }
    if (all.size() > shown) {
        std::size_t rest = all.size() - shown;
        out += message_text(say(rest == 1 ? "more_one" : "more", {std::to_string(rest)}), lang) + "\n";
    }
    return out;
}

}  // namespace plankit
