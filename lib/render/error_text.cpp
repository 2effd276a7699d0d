#include "error_text.h"

#include <algorithm>

namespace plankit {
namespace {

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
        out += n < args.size() ? message_text(args[n], lang) : pattern.substr(i, 3);
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
