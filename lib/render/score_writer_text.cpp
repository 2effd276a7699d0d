#include "display_text.h"
#include "number_format.h"
#include "score_tables.h"
#include "score_writers.h"
#include "terminal_style.h"

namespace plankit {
namespace {

// How a light's column is coloured: the column and each row's light.
struct LightColumn {
    std::size_t column = 0;
    std::vector<Light> lights;
};

// A section: a bold heading and the table, or nothing when the table is empty. Names and
// messages wrap so the table fits a wide terminal; ids and figures keep their width.
std::string section(const std::string& heading, const ScoreTable& t, bool color, const LightColumn& light = {}) {
    if (t.rows.empty()) return "";
    std::vector<TextColumn> columns;
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        const bool prose = i < t.prose.size() && t.prose[i];
        columns.push_back({t.header[i], i < t.align.size() ? t.align[i] : Align::left, 0,
                           prose ? Overflow::wrap : Overflow::truncate, !prose});
    }
    TextTable table(columns);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        std::vector<TextCell> cells;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const bool lit = i == light.column && r < light.lights.size();
            cells.push_back(TextCell{row[i], lit ? light_style(to_string(light.lights[r])) : Style::plain});
        }
        table.add_row(std::move(cells));
    }
    std::string out = "\n" + styled(heading, Style::bold, color) + "\n";
    out += table.render({kWideTerminalWidth, color});  // appended, not copied once more
    return out;
}

}  // namespace

std::string text_section(const std::string& heading, const ScoreTable& table, bool color) {
    return section(heading, table, color);
}

namespace {

std::string headline(const YearScore& s, Lang lang, bool color) {
    // Chinese puts a full-width colon without a space.
    const std::string colon = lang == Lang::zh ? "：" : ": ";
    const std::string plan = s.title.empty() ? s.plan : s.title + " (" + s.plan + ")";
    std::string out = styled(display_text(label(lang, "yearly_score") + " " + std::to_string(s.year) + colon + plan),
                             Style::bold, color) + "\n";
    out += label(lang, "score") + colon +
           styled(score_with_rating(s.overall.score, s.overall.rating, lang), Style::bold, color);
    if (s.previous) {
        std::string change = score_change(s.overall.score, s.previous->score);
        out += " · " + label(lang, "change") + " " + (change.empty() ? std::string(kNoValue) : change) + " · " +
               label(lang, "previous") + " " + std::to_string(s.previous->year) + colon +
               score_with_rating(s.previous->score, s.previous->rating, lang);
    }
    out += "\n" + label(lang, "report.components") + colon + label(lang, "targets") + " " +
           format_optional(s.overall.targets) + " · " + label(lang, "tasks") + " " + format_optional(s.overall.tasks) +
           "\n";
    return out;
}

}  // namespace

std::string score_to_text(const Plan& plan, const YearScore& s, Lang lang, bool color) {
    const bool change = s.previous.has_value();
    std::string out;
    // A scenario is marked before anything else, so it is never read as the evaluation.
    if (s.scenario) out += styled(display_text(scenario_banner(*s.scenario, lang)), Style::bold, color) + "\n";
    out += headline(s, lang, color);
    if (s.scenario) out += section(label(lang, "scenario.changes"), scenario_table(*s.scenario, lang), color);
    out += section(label(lang, "chapters"), aggregate_table(s.chapters, change, lang), color);
    out += section(label(lang, "goals"), aggregate_table(s.goals, change, lang), color);
    out += section(label(lang, "units"), aggregate_table(s.units, change, lang), color);
    LightColumn lights{kTargetLightColumn, {}};
    for (const auto& t : s.targets) lights.lights.push_back(t.score.light);
    out += section(label(lang, "targets"), target_table(plan, s, lang), color, lights);
    for (const auto& t : s.targets)
        out += section(label(lang, "contributions") + " · " + t.id, contribution_table(t, lang), color);
    out += section(label(lang, "report.trends"), trend_table(s, lang), color);
    out += section(label(lang, "slipping"), slipping_table(plan, s, lang), color);
    out += section(label(lang, "at_risk"), at_risk_table(plan, s, lang), color);
    out += section(label(lang, "findings"), findings_table(s, lang), color);
    return out;
}

}  // namespace plankit
