#include "diff_writers.h"
#include "joined.h"
#include "number_format.h"
#include "text_table.h"

namespace plankit {
namespace {

Style change_style(DiffChange c) {
    if (c == DiffChange::added) return Style::green;
    if (c == DiffChange::removed) return Style::red;
    return Style::plain;
}

TextTable change_table(Lang lang) {
    return TextTable({{label(lang, "subject"), Align::left, 0, Overflow::truncate, true},
                      {label(lang, "change")},
                      {label(lang, "field")},
                      {label(lang, "diff.old"), Align::left, 0, Overflow::wrap},
                      {label(lang, "diff.new"), Align::left, 0, Overflow::wrap}});
}

// One table per kind of subject, under its heading; entries come grouped by kind.
void changes(std::string& out, const PlanDiff& d, const TableLayout& layout, Lang lang) {
    std::size_t i = 0;
    while (i < d.entries.size()) {
        const std::string_view kind = diff_subject_kind(d.entries[i].subject);
        TextTable table = change_table(lang);
        for (; i < d.entries.size() && diff_subject_kind(d.entries[i].subject) == kind; ++i) {
            const DiffEntry& e = d.entries[i];
            const Style style = change_style(e.change);
            const bool changed = e.change == DiffChange::changed;
            table.add_row(row_of(TextCell(e.subject, style), TextCell(label(lang, std::string("diff.") + to_string(e.change)), style),
                                 changed ? diff_field_name(e.field, lang) : std::string(),
                                 diff_value_text(e.old_value, changed ? kNoValue : ""),
                                 diff_value_text(e.new_value, changed ? kNoValue : "")));
        }
        out += "\n" + styled(diff_group_heading(kind, lang), Style::bold, layout.color) + "\n";
        out += table.render(layout);
    }
}

void expected(std::string& out, const PlanDiff& d, const TableLayout& layout, Lang lang) {
    if (d.trajectories.empty()) return;
    std::vector<TextColumn> columns{{label(lang, "target"), Align::left, 0, Overflow::truncate, true}};
    for (const auto& y : d.trajectories.front().years) columns.push_back({std::to_string(y.year), Align::right});
    TextTable table(std::move(columns));
    for (const auto& t : d.trajectories) {
        std::vector<std::string> row{t.target};
        for (const auto& y : t.years)
            row.push_back(format_optional(y.old_value) + " → " + format_optional(y.new_value));
        table.add_row(row);
    }
    out += "\n" + styled(label(lang, "diff.expected"), Style::bold, layout.color) + "\n" + table.render(layout);
}

void workplans(std::string& out, const PlanDiff& d, const TableLayout& layout, Lang lang) {
    if (d.workplans.empty()) return;
    TextTable table({{label(lang, "task"), Align::left, 0, Overflow::truncate, true},
                     {label(lang, "diff.gained")},
                     {label(lang, "diff.lost")}});
    for (const auto& w : d.workplans)
        table.add_row(row_of(w.task, TextCell(joined(w.gained, ", "), Style::green), TextCell(joined(w.lost, ", "), Style::red)));
    out += "\n" + styled(label(lang, "diff.workplans"), Style::bold, layout.color) + "\n" + table.render(layout);
}

}  // namespace

std::string diff_to_text(const PlanDiff& d, const DiffFiles& files, Lang lang, bool color) {
    const TableLayout layout{kWideTerminalWidth, color};
    std::string out = styled(diff_title(d, lang), Style::bold, color) + "\n";
    out += label(lang, "diff.old") + ": " + files.old_file + "\n" + label(lang, "diff.new") + ": " + files.new_file + "\n";
    changes(out, d, layout, lang);
    expected(out, d, layout, lang);
    workplans(out, d, layout, lang);
    return out;
}

}  // namespace plankit
