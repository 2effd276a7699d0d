#include "display_text.h"
#include "explain_writers.h"
#include "number_format.h"
#include "terminal_style.h"

namespace plankit {

std::string step_value_text(const StepValue& v) {
    if (v.number) return formula_number(*v.number);
    if (v.text) return *v.text;
    return std::string(kNoValue);
}

std::string explanation_to_text(const Explanation& e, Lang lang, bool color) {
    std::string out = styled(e.subject + " · " + std::to_string(e.year) + " · " + label(lang, "score") + " " +
                                 (e.value ? formula_number(*e.value) : std::string(kNoValue)),
                             Style::bold, color) +
                      "\n";
    int k = 0;
    for (const auto& s : e.steps) {
        out += std::to_string(++k) + ". " + display_text(s.what) + " = " + styled(step_value_text(s.value), Style::bold, color) +
               "\n   " + display_text(s.formula) + "\n";
    }
    return out;
}

}  // namespace plankit
