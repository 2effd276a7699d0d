#include "decompose_writers.h"
#include "markdown.h"
#include "number_format.h"

namespace plankit {
namespace {

std::string or_none(const std::string& s) { return s.empty() ? std::string(kNoValue) : s; }

std::string chapter_text(const Decomposition& d, const std::optional<std::string>& chapter) {
    if (!chapter) return std::string(kNoValue);
    auto it = d.chapter_titles.find(*chapter);
    return it == d.chapter_titles.end() ? *chapter : it->second;
}

// Texts one under the other in one cell (markdown_cell turns the breaks into <br>).
std::string lines(const std::vector<std::string>& texts) {
    std::string out;
    for (const auto& t : texts) out += (out.empty() ? "" : "\n") + t;
    return or_none(out);
}

std::string none_line(Lang lang) { return label(lang, "none") + "\n"; }

std::string matrix_md(const Decomposition& d, Lang lang) {
    std::string out = markdown_heading(2, label(lang, "responsibility_matrix"));
    if (d.matrix->empty()) return out + none_line(lang);
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : *d.matrix) {
        rows.push_back({r.id, r.title, chapter_text(d, r.chapter), or_none(unit_list(d, r.lead, lang)),
                        or_none(unit_list(d, r.support, lang)), years_text(r.start, r.end), format_number(r.weight)});
    }
    return out + markdown_table({label(lang, "id"), label(lang, "task"), label(lang, "chapter"), label(lang, "lead"),
                                 label(lang, "support"), label(lang, "years"), label(lang, "weight")},
                                rows, {Align::left, Align::left, Align::left, Align::left, Align::left, Align::left,
                                       Align::right});
}

std::string workplan_md(const Decomposition& d, const Workplan& wp, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    const RoleWords roles(lang);  // looked up once, not once a row
    for (const auto& t : wp.tasks) {
        rows.push_back({t.id, t.title, roles.of(t.role),
                        or_none(unit_list(d, t.lead, lang)), or_none(unit_list(d, t.support, lang)),
                        lines(t.milestones)});
    }
    std::string out = markdown_heading(3, workplan_heading(d, wp, lang));
    if (!rows.empty())
        out += markdown_table({label(lang, "id"), label(lang, "task"), label(lang, "role"), label(lang, "lead"),
                               label(lang, "support"), label(lang, "year_milestones")},
                              rows);
    if (wp.allocations.empty()) return out;
    // The allocations the unit holds that year: what it reports as its part.
    std::vector<std::vector<std::string>> held;
    for (const auto& a : wp.allocations) held.push_back({a.target, a.name, held_value(a)});
    return out + (rows.empty() ? "" : "\n") +
           markdown_table({label(lang, "id"), label(lang, "target"), label(lang, "allocation")}, held,
                          {Align::left, Align::left, Align::right});
}

std::string workplans_md(const Decomposition& d, Lang lang) {
    std::string out = markdown_heading(2, label(lang, "annual_work_plan"));
    if (d.workplans->empty()) return out + none_line(lang);
    bool first = true;
    for (const Workplan* wp : workplans_in_plan_order(*d.workplans)) {
        out += (first ? "" : "\n") + workplan_md(d, *wp, lang);
        first = false;
    }
    return out;
}

// The values the plan sets, `2025: 15` a line: without a baseline they are all there is.
std::string milestones_text(const TargetDecomposition& t) {
    std::vector<std::string> items;
    for (const auto& m : t.milestones) items.push_back(std::to_string(m.year) + ": " + format_number(m.value));
    return lines(items);
}

std::string trajectories_md(const Decomposition& d, Lang lang) {
    const auto years = year_columns(*d.targets);
    std::vector<std::string> header{label(lang, "id"),      label(lang, "name"),       label(lang, "owner"),
                                    label(lang, "measure"), label(lang, "milestones"), label(lang, "baseline")};
    std::vector<Align> align(5, Align::left);
    align.push_back(Align::right);
    for (int y : years) {
        header.push_back(std::to_string(y));
        align.push_back(Align::right);
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : *d.targets) {
        std::vector<std::string> row{t.id, t.name, t.owner ? unit_name(d, *t.owner) : std::string(kNoValue),
                                     t.measure.value_or(""), milestones_text(t), baseline_text(t)};
        for (int y : years) row.push_back(expected_text(t, y));
        rows.push_back(std::move(row));
    }
    return markdown_table(header, rows, align);
}

std::string allocations_md(const Decomposition& d, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : *d.targets) {
        for (const auto& a : t.allocations) {
            std::vector<std::string> shares;
            for (const auto& u : a.units) shares.push_back(unit_name(d, u.unit) + " " + format_number(u.value));
            rows.push_back({t.id, std::to_string(a.year), format_optional(a.due), format_number(a.allocated),
                            format_optional(a.shortfall), format_optional(a.excess), lines(shares)});
        }
    }
    if (rows.empty()) return "";
    return "\n" + markdown_heading(3, label(lang, "allocations")) +
           markdown_table({label(lang, "target"), label(lang, "year"), label(lang, "due"), label(lang, "allocated"),
                           label(lang, "shortfall"), label(lang, "excess"), label(lang, "units")},
                          rows, {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right});
}

std::string targets_md(const Decomposition& d, Lang lang) {
    std::string out = markdown_heading(2, label(lang, "target_decomposition"));
    if (d.targets->empty()) return out + none_line(lang);
    return out + trajectories_md(d, lang) + allocations_md(d, lang);
}

// The document's title, then who issued it and its number when the plan says.
std::string title_md(const Decomposition& d) {
    std::string out = markdown_heading(1, d.plan_title);
    std::string source = d.issuer.value_or("");
    if (d.document) source += (source.empty() ? "" : " · ") + *d.document;
    if (!source.empty()) out += markdown_line(source) + "\n\n";
    return out;
}

}  // namespace

std::string decompose_to_markdown(const Decomposition& d, Lang lang) {
    std::string out = title_md(d);
    if (d.matrix) out += matrix_md(d, lang);
    if (d.workplans) out += (d.matrix ? "\n" : "") + workplans_md(d, lang);
    if (d.targets) out += (d.matrix || d.workplans ? "\n" : "") + targets_md(d, lang);
    return out;
}

}  // namespace plankit
