#include "decompose_writers.h"
#include "display_text.h"
#include "number_format.h"
#include "terminal_style.h"
#include "text_table.h"

namespace plankit {
namespace {

// Ids are what people look up, so they are never cut to fit.
TextColumn id_column(Lang lang) { return TextColumn{label(lang, "id"), Align::left, 0, Overflow::truncate, true}; }

// Unit names one per line: a name is never broken across lines unless it is wider
// than its column.
std::string unit_lines(const Decomposition& d, const std::vector<std::string>& units) {
    std::string out;
    for (const auto& u : units) out += (out.empty() ? "" : "\n") + unit_name(d, u);
    return out;
}

// Unit names one per line, or `—` for none (a work plan's cells, as in Markdown).
std::string names_or_none(const Decomposition& d, const std::vector<std::string>& units) {
    return units.empty() ? std::string(kNoValue) : unit_lines(d, units);
}

std::string heading(const std::string& raw, const DecomposeTextLayout& layout) {
    // Titles come from the plan: their controls are shown as escapes, never sent raw.
    const std::string text = display_text(raw);
    std::string line = layout.width > 0 ? truncate_to_width(text, layout.width) : text;
    return styled(line, Style::bold, layout.color) + "\n";
}

std::string render(const TextTable& table, Lang lang, const DecomposeTextLayout& layout) {
    if (table.row_count() == 0) return label(lang, "none") + "\n";
    return table.render(TableLayout{layout.width, layout.color});
}

std::string matrix_text(const Decomposition& d, Lang lang, const DecomposeTextLayout& layout) {
    TextTable table({id_column(lang),
                     {label(lang, "task")},
                     {label(lang, "chapter")},
                     {label(lang, "lead"), Align::left, 0, Overflow::wrap},
                     {label(lang, "support"), Align::left, 0, Overflow::wrap},
                     {label(lang, "years")},
                     {label(lang, "weight"), Align::right}});
    for (const auto& r : *d.matrix) {
        table.add_row(row_of(r.id, r.title, r.chapter.value_or(""), unit_lines(d, r.lead), unit_lines(d, r.support),
                             years_text(r.start, r.end), format_number(r.weight)));
    }
    std::string out = heading(label(lang, "responsibility_matrix") + ": " + d.plan_title, layout) + "\n";
    out += render(table, lang, layout);  // appended: the table of a large plan runs to megabytes
    return out;
}

std::string milestone_lines(const std::vector<std::string>& texts) {
    if (texts.empty()) return std::string(kNoValue);
    std::string out;
    for (const auto& t : texts) out += (out.empty() ? "" : "\n") + t;
    return out;
}

// The allocations the unit holds that year, under its tasks: what it reports as its part.
std::string held_allocations_text(const Workplan& wp, Lang lang, const DecomposeTextLayout& layout) {
    TextTable table({id_column(lang), {label(lang, "target")}, {label(lang, "allocation"), Align::right}});
    for (const auto& a : wp.allocations) table.add_row(row_of(a.target, a.name, held_value(a)));
    return (wp.tasks.empty() ? "" : "\n") + render(table, lang, layout);
}

std::string workplan_text(const Decomposition& d, const Workplan& wp, Lang lang,
                          const DecomposeTextLayout& layout) {
    // The columns of the Markdown work plan (decompose_writer_md.cpp), in the same order.
    TextTable table({id_column(lang),
                     {label(lang, "task")},
                     {label(lang, "role")},
                     {label(lang, "lead"), Align::left, 0, Overflow::wrap},
                     {label(lang, "support"), Align::left, 0, Overflow::wrap},
                     {label(lang, "year_milestones"), Align::left, 0, Overflow::wrap}});
    const RoleWords roles(lang);  // looked up once, not once a row
    for (const auto& t : wp.tasks) {
        table.add_row(row_of(t.id, t.title, roles.of(t.role), names_or_none(d, t.lead), names_or_none(d, t.support),
                             milestone_lines(t.milestones)));
    }
    std::string out = heading(workplan_heading(d, wp, lang), layout);
    if (!wp.tasks.empty()) out += render(table, lang, layout);
    if (!wp.allocations.empty()) out += held_allocations_text(wp, lang, layout);
    return out;
}

std::string workplans_text(const Decomposition& d, Lang lang, const DecomposeTextLayout& layout) {
    std::string out = heading(label(lang, "annual_work_plan") + ": " + d.plan_title, layout);
    if (d.workplans->empty()) return out + "\n" + label(lang, "none") + "\n";
    for (const Workplan* wp : workplans_in_plan_order(*d.workplans)) {
        out += '\n';  // appended in place: `"\n" + text` would copy every plan once more
        out += workplan_text(d, *wp, lang, layout);
    }
    return out;
}

// `公民具备科学素质的比例（%）`, `Visitors (people)`: the measure beside the name saves a column.
std::string name_with_measure(const TargetDecomposition& t, Lang lang) {
    if (!t.measure) return t.name;
    return lang == Lang::zh ? t.name + "（" + *t.measure + "）" : t.name + " (" + *t.measure + ")";
}

std::string trajectories_text(const Decomposition& d, Lang lang, const DecomposeTextLayout& layout) {
    const auto years = year_columns(*d.targets);
    std::vector<TextColumn> columns{id_column(lang),
                                    {label(lang, "name")},
                                    {label(lang, "baseline"), Align::right}};
    for (int y : years) columns.push_back({std::to_string(y), Align::right});
    TextTable table(std::move(columns));
    for (const auto& t : *d.targets) {
        std::vector<std::string> row{t.id, name_with_measure(t, lang), baseline_text(t)};
        for (int y : years) row.push_back(expected_text(t, y));
        table.add_row(row);
    }
    return render(table, lang, layout);
}

std::string allocations_text(const Decomposition& d, Lang lang, const DecomposeTextLayout& layout) {
    TextTable table({TextColumn{label(lang, "target"), Align::left, 0, Overflow::truncate, true},
                     {label(lang, "year"), Align::right},
                     {label(lang, "due"), Align::right},
                     {label(lang, "allocated"), Align::right},
                     {label(lang, "shortfall"), Align::right},
                     {label(lang, "excess"), Align::right},
                     {label(lang, "units"), Align::left, 0, Overflow::wrap}});
    for (const auto& t : *d.targets) {
        for (const auto& a : t.allocations) {
            std::string shares;  // a unit a line, as in the matrix
            for (const auto& u : a.units) {
                shares += (shares.empty() ? "" : "\n") + unit_name(d, u.unit) + " " + format_number(u.value);
            }
            const bool short_of_due = a.shortfall && *a.shortfall > 0;
            table.add_row({TextCell(t.id), TextCell(std::to_string(a.year)), TextCell(format_optional(a.due)),
                           TextCell(format_number(a.allocated)),
                           TextCell(format_optional(a.shortfall), short_of_due ? Style::red : Style::plain),
                           TextCell(format_optional(a.excess)), TextCell(shares)});
        }
    }
    if (table.row_count() == 0) return "";
    return "\n" + heading(label(lang, "allocations"), layout) + table.render(TableLayout{layout.width, layout.color});
}

std::string targets_text(const Decomposition& d, Lang lang, const DecomposeTextLayout& layout) {
    std::string out = heading(label(lang, "target_decomposition") + ": " + d.plan_title, layout) + "\n";
    out += trajectories_text(d, lang, layout);
    out += allocations_text(d, lang, layout);
    return out;
}

}  // namespace

std::string decompose_to_text(const Decomposition& d, Lang lang, const DecomposeTextLayout& layout) {
    std::vector<std::string> sections;
    if (d.matrix) sections.push_back(matrix_text(d, lang, layout));
    if (d.workplans) sections.push_back(workplans_text(d, lang, layout));
    if (d.targets) sections.push_back(targets_text(d, lang, layout));
    std::string out;
    for (const auto& s : sections) {
        if (!out.empty()) out += '\n';
        out += s;
    }
    return out;
}

}  // namespace plankit
