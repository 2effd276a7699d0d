#include "phrase_text.h"

#include <fmt/args.h>
#include <fmt/format.h>

namespace plankit {

std::string phrase_text(const Phrase& phrase, Lang lang) {
    if (phrase.key.empty()) return phrase.args.empty() ? std::string() : phrase.args.front();
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const auto& a : phrase.args) args.push_back(a);
    // The patterns are the tool's own (labels.cpp), never input: a bad one is a bug, shown
    // as its key rather than thrown.
    try {
        return fmt::vformat(label(lang, phrase.key), args);
    } catch (const fmt::format_error&) {
        return phrase.key;
    }
}

}  // namespace plankit
