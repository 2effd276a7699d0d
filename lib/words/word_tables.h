// The catalogue's tables, one per source file, that labels.cpp looks words up in.
#pragma once

#include <span>
#include <string_view>

namespace plankit {

// One word or pattern: its key and its text in each language.
struct Words {
    std::string_view key, en, zh;
};

// The `error.*` words: input errors and the command line's own messages.
std::span<const Words> error_words();

}  // namespace plankit
