#include <set>

#include "csv_writer.h"
#include "decompose_writers.h"
#include "joined.h"
#include "number_format.h"

namespace plankit {
namespace {

// Six decimals keep every figure a plan gives and drop float noise such as ...668.
std::string number(double v) { return format_number(v, 6); }
std::string number(const std::optional<double>& v) { return format_optional(v, "", 6); }

std::string matrix_csv(const std::vector<MatrixRow>& rows) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& r : rows) {
        cells.push_back({r.id, r.title, r.chapter.value_or(""), r.parent.value_or(""),
                         r.composite ? "true" : "false", joined(r.lead, ";"), r.primary_lead().value_or(""),
                         joined(r.support, ";"), std::to_string(r.start), std::to_string(r.end),
                         number(r.weight)});
    }
    return csv_table({"id", "title", "chapter", "parent", "composite", "lead", "primary_lead", "support",
                      "start", "end", "weight"},
                     cells);
}

// One row per task of each work plan; several milestones of a year share one cell, a line each.
std::string workplans_csv(const std::vector<Workplan>& plans) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& wp : plans) {
        for (const auto& t : wp.tasks) {
            cells.push_back({wp.unit, std::to_string(wp.year), t.id, t.title, to_string(t.role),
                             joined(t.milestones, "\n")});
        }
    }
    return csv_table({"unit", "year", "id", "title", "role", "milestones"}, cells);
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

// `unit=value` pairs joined by `;`.
std::string shares(const AllocationYear& a) {
    std::vector<std::string> parts;
    for (const auto& u : a.units) parts.push_back(u.unit + "=" + number(u.value));
    return joined(parts, ";");
}

// One row per target and year: the years of its expected values and of its allocations.
std::vector<std::string> target_year_row(const TargetDecomposition& t, int year) {
    std::optional<double> expected;
    for (const auto& e : t.expected) {
        if (e.year == year) expected = e.value;
    }
    std::vector<std::string> row{t.id, t.name, t.measure.value_or(""), std::to_string(year), number(expected),
                                 number(milestone_in(t, year))};
    if (const AllocationYear* a = allocation_in(t, year)) {
        for (auto s : {number(a->due), number(a->allocated), number(a->shortfall), number(a->excess), shares(*a)})
            row.push_back(s);
    } else {
        row.resize(row.size() + 5);
    }
    return row;
}

std::string targets_csv(const std::vector<TargetDecomposition>& targets) {
    std::vector<std::vector<std::string>> cells;
    for (const auto& t : targets) {
        std::set<int> years;
        for (const auto& e : t.expected) years.insert(e.year);
        for (const auto& a : t.allocations) years.insert(a.year);
        for (int y : years) cells.push_back(target_year_row(t, y));
    }
    return csv_table({"id", "name", "measure", "year", "expected", "milestone", "due", "allocated", "shortfall",
                      "excess", "units"},
                     cells);
}

}  // namespace

std::string decompose_to_csv(const Decomposition& d, DecomposeView view) {
    switch (view) {
        case DecomposeView::matrix: return matrix_csv(d.matrix.value_or(std::vector<MatrixRow>{}));
        case DecomposeView::workplans: return workplans_csv(d.workplans.value_or(std::vector<Workplan>{}));
        case DecomposeView::targets: return targets_csv(d.targets.value_or(std::vector<TargetDecomposition>{}));
    }
    return {};
}

}  // namespace plankit
