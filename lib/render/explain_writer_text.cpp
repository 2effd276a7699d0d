#include "display_text.h"
#include "explain_writers.h"
#include "number_format.h"
#include "score_tables.h"
#include "terminal_style.h"
#include "text_table.h"

namespace plankit {

std::string step_value_text(const StepValue& v, Lang lang) {
    if (v.number) return formula_number(*v.number);
    if (v.text) return v.key.empty() ? *v.text : label(lang, v.key);
    return std::string(kNoValue);
}

namespace {

// `target:lit Science literacy · 2023 · Score 83.33`: the subject, its name, the year and the figure.
std::string explanation_title(const Explanation& e, Lang lang) {
    std::string out = e.subject;
    if (!e.name.empty()) out += " " + e.name;
    return out + " · " + std::to_string(e.year) + " · " + label(lang, "score") + " " +
           (e.value ? formula_number(*e.value) : std::string(kNoValue));
}

}  // namespace

std::string explanation_to_text(const Explanation& e, Lang lang, bool color) {
    std::string out;
    if (e.scenario) out += styled(display_text(scenario_banner(*e.scenario, lang)), Style::bold, color) + "\n";
    out += styled(display_text(explanation_title(e, lang)), Style::bold, color) + "\n";
    // Step numbers right-aligned, and each formula under its step's name, however many steps.
    const std::size_t digits = std::to_string(e.steps.size()).size();
    const std::string indent(digits + 2, ' ');
    int k = 0;
    for (const auto& s : e.steps) {
        const std::string value = step_value_text(s.value, lang);
        const std::string formula = phrase_text(s.formula, lang);
        out += pad_left(std::to_string(++k), digits) + ". " + display_text(phrase_text(s.label, lang)) + " = " +
               styled(display_text(value), Style::bold, color) + "\n";
        // A formula that only repeats the result (the direction) is not written twice.
        if (formula != value) out += indent + display_text(formula) + "\n";
    }
    return out;
}

}  // namespace plankit
