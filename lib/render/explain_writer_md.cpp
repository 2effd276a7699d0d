#include "explain_writers.h"
#include "markdown.h"
#include "number_format.h"
#include "score_tables.h"

namespace plankit {

std::string explanation_to_markdown(const Explanation& e, Lang lang) {
    std::string heading = e.subject + (e.name.empty() ? "" : " " + e.name) + " · " + std::to_string(e.year);
    std::string out = markdown_heading(1, heading);
    if (e.scenario) out += "> **" + markdown_line(scenario_banner(*e.scenario, lang)) + "**\n\n";
    out += "**" + label(lang, "score") + "**" + (lang == Lang::zh ? "：" : ": ") + (e.value ? formula_number(*e.value) : std::string(kNoValue)) + "\n\n";
    std::vector<std::vector<std::string>> rows;
    int k = 0;
    for (const auto& s : e.steps) {
        rows.push_back({std::to_string(++k), phrase_text(s.label, lang), phrase_text(s.formula, lang),
                        step_value_text(s.value, lang)});
    }
    out += markdown_table({"#", label(lang, "explain.step"), label(lang, "explain.formula"), label(lang, "value")}, rows,
                          {Align::right, Align::left, Align::left, Align::right});
    return out;
}

}  // namespace plankit
