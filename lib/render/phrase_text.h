// The words of an explanation's phrase (explain.h) in a language: the catalogue's pattern
// (labels.h) with the phrase's values put in.
#pragma once

#include <string>

#include "explain.h"
#include "labels.h"

namespace plankit {

std::string phrase_text(const Phrase& phrase, Lang lang);

}  // namespace plankit
