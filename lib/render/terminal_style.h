// Colour and emphasis for terminal output. Whether to use them is the caller's decision
// (a flag, never a global or a look at the terminal), so the same call gives plain text
// for files and pipes.
#pragma once

#include <string>
#include <string_view>

#include "labels.h"

namespace plankit {

enum class Style { plain, bold, red, yellow, green, cyan, grey };

// `text` wrapped in the ANSI sequences of `style` when `color` is set, else unchanged.
std::string styled(std::string_view text, Style style, bool color);

// The style of a severity word: error red, warning yellow, info cyan, others plain.
Style severity_style(std::string_view severity);
// The style of a light: green, yellow, red, grey; others plain.
Style light_style(std::string_view light);

// The symbol that shows a light without colour: ● green, ▲ yellow, ■ red, ○ grey
// (each one column wide), or "?" for anything else.
std::string_view light_symbol(std::string_view light);

// `● green` / `● 绿`: symbol and word, coloured when `color` is set.
std::string light_tag(std::string_view light, Lang lang, bool color);
// `error` / `错误`, coloured when `color` is set.
std::string severity_tag(std::string_view severity, Lang lang, bool color);

}  // namespace plankit
