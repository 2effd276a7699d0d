#include "markdown.h"
#include "number_format.h"
#include "score_tables.h"
#include "score_writers.h"

namespace plankit {
namespace {

std::string section(const std::string& heading, const ScoreTable& t) {
    if (t.rows.empty()) return "";
    return "\n" + markdown_heading(2, heading) + markdown_table(t.header, t.rows, t.align);
}

// Each target's trend in words, with the pace it keeps and the pace it needs.
ScoreTable trend_table(const YearScore& s, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "id"), label(lang, "trend"), label(lang, "slope"), label(lang, "required"),
                label(lang, "projected"), label(lang, "will_meet")};
    t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::left};
    for (const auto& r : s.targets) {
        const auto& tr = r.trend;
        t.rows.push_back({r.id, label(lang, std::string("trend.") + to_string(tr.trend)), format_optional(tr.slope),
                          format_optional(tr.required), format_optional(tr.projected),
                          tr.will_meet ? label(lang, *tr.will_meet ? "yes" : "no") : std::string(kNoValue)});
    }
    return t;
}

}  // namespace

std::string score_to_markdown(const YearScore& s, Lang lang) {
    const bool change = s.previous.has_value();
    std::string out = markdown_heading(1, label(lang, "yearly_score") + ": " + s.title + " · " + std::to_string(s.year));
    out += "**" + label(lang, "score") + "**: " + score_with_rating(s.overall.score, s.overall.rating);
    if (s.previous) {
        out += " · " + label(lang, "change") + " " + score_change(s.overall.score, s.previous->score) + " (" +
               std::to_string(s.previous->year) + ": " + score_with_rating(s.previous->score, s.previous->rating) + ")";
    }
    out += "  \n" + label(lang, "targets") + " " + format_optional(s.overall.targets) + " · " + label(lang, "tasks") +
           " " + format_optional(s.overall.tasks) + "\n";
    out += section(label(lang, "chapters"), aggregate_table(s.chapters, change, lang));
    out += section(label(lang, "goals"), aggregate_table(s.goals, change, lang));
    out += section(label(lang, "units"), aggregate_table(s.units, change, lang));
    out += section(label(lang, "targets"), target_table(s, lang));
    out += section(label(lang, "trend"), trend_table(s, lang));
    out += section(label(lang, "slipping"), slipping_table(s, lang));
    out += section(label(lang, "at_risk"), at_risk_table(s, lang));
    out += section(label(lang, "findings"), findings_table(s, lang));
    return out;
}

}  // namespace plankit
