// Input errors worded in the output language: a Message's code looked up in the words
// catalogue (`error.<code>`) with its values put in.
#pragma once

#include <cstddef>
#include <string>

#include "diagnostics.h"
#include "labels.h"
#include "message.h"

namespace plankit {

// The sentence of `message` in `lang`; a message without a code is its text as written.
std::string message_text(const Message& message, Lang lang);

// `FILE:LINE:COL: error: MESSAGE` lines (zh: `错误：`), at most `limit`, then how many more.
std::string format_errors(const Diagnostics& diags, Lang lang, std::size_t limit = 50);

}  // namespace plankit
