#include "display_text.h"
#include "number_format.h"
#include "score_tables.h"
#include "score_writers.h"
#include "terminal_style.h"

namespace plankit {
namespace {

// A section: a bold heading and the table, or nothing when the table is empty. When
// `lights` is given, the second column of each row takes the style of that row's light.
std::string section(const std::string& heading, const ScoreTable& t, bool color,
                    const std::vector<Light>& lights = {}) {
    if (t.rows.empty()) return "";
    std::vector<TextColumn> columns;
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        columns.push_back({t.header[i], i < t.align.size() ? t.align[i] : Align::left, 0, Overflow::truncate});
    }
    if (columns.size() > 1) columns[1].max_width = 40;  // titles and names may be long
    TextTable table(columns);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        std::vector<TextCell> cells;
        for (std::size_t i = 0; i < row.size(); ++i) {
            Style style = i == 1 && r < lights.size() ? light_style(to_string(lights[r])) : Style::plain;
            cells.push_back(TextCell{row[i], style});
        }
        table.add_row(std::move(cells));
    }
    return "\n" + styled(heading, Style::bold, color) + "\n" + table.render({0, color});
}

std::string headline(const YearScore& s, Lang lang, bool color) {
    std::string out = styled(label(lang, "yearly_score") + ": " + display_text(s.plan) + " · " +
                                 std::to_string(s.year), Style::bold, color) + "\n";
    out += label(lang, "score") + ": " + styled(score_with_rating(s.overall.score, s.overall.rating), Style::bold, color);
    if (s.previous) {
        std::string change = score_change(s.overall.score, s.previous->score);
        out += "  " + label(lang, "change") + " " + (change.empty() ? std::string(kNoValue) : change) + " (" +
               std::to_string(s.previous->year) + ": " + score_with_rating(s.previous->score, s.previous->rating) + ")";
    }
    out += "\n" + label(lang, "targets") + " " + format_optional(s.overall.targets) + " · " + label(lang, "tasks") + " " +
           format_optional(s.overall.tasks) + "\n";
    return out;
}

}  // namespace

std::string score_to_text(const YearScore& s, Lang lang, bool color) {
    const bool change = s.previous.has_value();
    std::string out = headline(s, lang, color);
    out += section(label(lang, "chapters"), aggregate_table(s.chapters, change, lang), color);
    out += section(label(lang, "goals"), aggregate_table(s.goals, change, lang), color);
    out += section(label(lang, "units"), aggregate_table(s.units, change, lang), color);
    std::vector<Light> lights;
    for (const auto& t : s.targets) lights.push_back(t.score.light);
    out += section(label(lang, "targets"), target_table(s, lang), color, lights);
    out += section(label(lang, "slipping"), slipping_table(s, lang), color);
    out += section(label(lang, "at_risk"), at_risk_table(s, lang), color);
    out += section(label(lang, "findings"), findings_table(s, lang), color);
    return out;
}

}  // namespace plankit
