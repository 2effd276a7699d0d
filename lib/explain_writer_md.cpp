#include "explain_writers.h"
#include "markdown.h"
#include "number_format.h"

namespace plankit {

std::string explanation_to_markdown(const Explanation& e, Lang lang) {
    std::string out = markdown_heading(1, e.subject + " · " + std::to_string(e.year));
    out += "**" + label(lang, "score") + "**: " + (e.value ? formula_number(*e.value) : std::string(kNoValue)) + "\n\n";
    std::vector<std::vector<std::string>> rows;
    int k = 0;
    for (const auto& s : e.steps) rows.push_back({std::to_string(++k), s.what, s.formula, step_value_text(s.value)});
    out += markdown_table({"#", "step", "formula", label(lang, "value")}, rows,
                          {Align::right, Align::left, Align::left, Align::right});
    return out;
}

}  // namespace plankit
