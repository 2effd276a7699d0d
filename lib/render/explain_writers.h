// The renderings of an explanation: numbered steps for the terminal, a Markdown table,
// and JSON (`{"subject", "year", "value", "steps": [{"what", "formula", "value"}]}`).
// Text and Markdown speak the reader's language; JSON keeps the stable English words.
#pragma once

#include <string>

#include "explain.h"
#include "labels.h"

namespace plankit {

// A step's result as people read it: numbers in full (so each figure can be redone by
// hand), the tool's words in `lang`, the plan's words as they are, "—" for nothing.
std::string step_value_text(const StepValue& v, Lang lang);

std::string explanation_to_text(const Explanation& e, Lang lang, bool color);
std::string explanation_to_markdown(const Explanation& e, Lang lang);
std::string explanation_to_json(const Explanation& e);

}  // namespace plankit
