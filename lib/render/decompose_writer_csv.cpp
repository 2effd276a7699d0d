#include <set>

#include "csv_columns.h"
#include "csv_writer.h"
#include "decompose_writers.h"
#include "joined.h"
#include "number_format.h"

namespace plankit {
namespace {

// Six decimals keep every figure a plan gives and drop float noise such as ...668.
std::string number(double v) { return format_number(v, 6); }
std::string number(const std::optional<double>& v) { return format_optional(v, "", 6); }

// The names of `units`, in their order.
std::vector<std::string> names_of(const Decomposition& d, const std::vector<std::string>& units) {
    std::vector<std::string> names;
    for (const auto& u : units) names.push_back(unit_name(d, u));
    return names;
}

std::string matrix_csv(const Decomposition& d, const std::vector<MatrixRow>& rows, Lang lang) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& r : rows) {
        auto primary = r.primary_lead();
        cells.push_back({r.id, r.title, r.chapter.value_or(""), r.parent.value_or(""), csv_flag(r.composite, lang),
                         joined(r.lead, ";"), csv_names(names_of(d, r.lead), lang), primary.value_or(""),
                         primary ? unit_name(d, *primary) : std::string(), joined(r.support, ";"),
                         csv_names(names_of(d, r.support), lang), std::to_string(r.start), std::to_string(r.end),
                         number(r.weight)});
    }
    return csv_table(csv_header({"id", "title", "chapter", "parent", "composite", "lead", "lead_names",
                                 "primary_lead", "primary_lead_name", "support", "support_names", "start", "end",
                                 "weight"},
                                lang),
                     cells);
}

// One row per task of each work plan; several milestones of a year share one cell, a line each.
std::string workplans_csv(const Decomposition& d, const std::vector<Workplan>& plans, Lang lang) {
    std::vector<std::vector<std::string>> cells;
    for (const Workplan* wp : workplans_in_plan_order(plans)) {
        const std::string name = unit_name(d, wp->unit);
        for (const auto& t : wp->tasks) {
            cells.push_back({wp->unit, name, std::to_string(wp->year), t.id, t.title,
                             csv_word("role", to_string(t.role), lang), joined(t.milestones, "\n")});
        }
        // A held allocation is a row of its own: the target, and the value in the last column.
        for (const auto& a : wp->allocations)
            cells.push_back({wp->unit, name, std::to_string(wp->year), a.target, a.name,
                             csv_word("role", "allocation", lang), held_value(a)});
    }
    return csv_table(csv_header({"unit", "unit_name", "year", "id", "title", "role", "milestones"}, lang), cells);
}

std::optional<double> milestone_in(const TargetDecomposition& t, int year) {
    for (const auto& m : t.milestones) {
        if (m.year == year) return m.value;
    }
    return std::nullopt;
}

const AllocationYear* allocation_in(const TargetDecomposition& t, int year) {
    for (const auto& a : t.allocations) {
        if (a.year == year) return &a;
    }
    return nullptr;
}

// `unit=value` pairs joined by `;`, of ids or (`names`) of the units' names.
std::string shares(const Decomposition& d, const AllocationYear& a, bool names) {
    std::vector<std::string> parts;
    for (const auto& u : a.units) parts.push_back((names ? unit_name(d, u.unit) : u.unit) + "=" + number(u.value));
    return joined(parts, ";");
}

// One row per target and year: the years of its expected values and of its allocations.
std::vector<std::string> target_year_row(const Decomposition& d, const TargetDecomposition& t, int year) {
    std::optional<double> expected;
    for (const auto& e : t.expected) {
        if (e.year == year) expected = e.value;
    }
    std::vector<std::string> row{t.id, t.name, t.measure.value_or(""), std::to_string(year), number(expected),
                                 number(milestone_in(t, year))};
    if (const AllocationYear* a = allocation_in(t, year)) {
        for (auto s : {number(a->due), number(a->allocated), number(a->shortfall), number(a->excess),
                       shares(d, *a, false), shares(d, *a, true)})
            row.push_back(s);
    } else {
        row.resize(row.size() + 6);
    }
    return row;
}

std::string targets_csv(const Decomposition& d, const std::vector<TargetDecomposition>& targets, Lang lang) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& t : targets) {
        std::set<int> years;
        for (const auto& e : t.expected) years.insert(e.year);
        for (const auto& a : t.allocations) years.insert(a.year);
        for (int y : years) cells.push_back(target_year_row(d, t, y));
    }
    return csv_table(csv_header({"id", "name", "measure", "year", "expected", "milestone", "due", "allocated",
                                 "shortfall", "excess", "units", "unit_names"},
                                lang),
                     cells);
}

}  // namespace

std::string decompose_to_csv(const Decomposition& d, DecomposeView view, Lang lang) {
    switch (view) {
        case DecomposeView::matrix: return matrix_csv(d, d.matrix.value_or(std::vector<MatrixRow>{}), lang);
        case DecomposeView::workplans: return workplans_csv(d, d.workplans.value_or(std::vector<Workplan>{}), lang);
        case DecomposeView::targets:
            return targets_csv(d, d.targets.value_or(std::vector<TargetDecomposition>{}), lang);
    }
    return {};
}

}  // namespace plankit
