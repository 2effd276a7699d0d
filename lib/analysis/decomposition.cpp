// `decompose` as a whole: builds the tables asked for and narrows them to the chosen units
// and year.
#include "decomposition.h"

#include "plan_graph.h"

#include <algorithm>

namespace plankit {
namespace {

bool any_in(const std::vector<std::string>& ids, const std::set<std::string>& units) {
    return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) { return units.count(id) > 0; });
}

bool keep_row(const MatrixRow& row, const DecomposeOptions& o) {
    if (!o.units.empty() && !any_in(row.lead, o.units) && !any_in(row.support, o.units)) return false;
    return !o.year || (row.start <= *o.year && *o.year <= row.end);
}

bool keep_workplan(const Workplan& wp, const DecomposeOptions& o) {
    if (!o.units.empty() && o.units.count(wp.unit) == 0) return false;
    return !o.year || wp.year == *o.year;
}

// A target concerns the chosen units when one of them owns it or is given a share of it.
bool concerns_units(const Target& t, const std::set<std::string>& units) {
    if (units.empty() || (t.owner && units.count(*t.owner) > 0)) return true;
    return std::any_of(t.allocations.begin(), t.allocations.end(),
                       [&](const Allocation& a) { return units.count(a.unit) > 0; });
}

std::vector<TargetDecomposition> target_rows(const Plan& plan, const DecomposeOptions& o) {
    std::vector<const Target*> targets;
    for (const auto& t : plan.targets) {
        if (concerns_units(t, o.units)) targets.push_back(&t);
    }
    std::stable_sort(targets.begin(), targets.end(), [](const Target* a, const Target* b) { return a->id < b->id; });
    std::vector<TargetDecomposition> rows;
    for (const Target* t : targets) {
        // With a chosen year the expected value is given for that year, wherever it lies.
        auto years = o.year ? std::vector<int>{*o.year} : expected_years(plan, *t);
        TargetDecomposition d = decompose_target(*t, years);
        if (o.year) {
            std::erase_if(d.allocations, [&](const AllocationYear& a) { return a.year != *o.year; });
        }
        rows.push_back(std::move(d));
    }
    return rows;
}

}  // namespace

std::set<std::string> unit_and_subunits(const PlanGraph& graph, const std::string& unit) {
    std::set<std::string> found;
    auto v = graph.find(NodeKind::unit, unit);
    if (!v) return found;
    std::vector<Vertex> todo{*v};
    while (!todo.empty()) {
        Vertex u = todo.back();
        todo.pop_back();
        if (!found.insert(graph.id_of(u)).second) continue;  // parent loops are the loader's
        for (Vertex below : graph.in(u, EdgeType::within)) todo.push_back(below);
    }
    return found;
}

Decomposition decompose(const PlanGraph& graph, const DecomposeOptions& o) {
    const Plan& plan = graph.plan();
    Decomposition d;
    d.plan = plan.id;
    d.plan_title = plan.title;
    d.issuer = plan.issuer;
    d.document = plan.document;
    for (const auto& u : plan.units) d.unit_names.emplace(u.id, u.name);
    for (const auto& c : plan.chapters) d.chapter_titles.emplace(c.id, c.title);
    if (o.matrix) {
        d.matrix = responsibility_matrix(graph);
        std::erase_if(*d.matrix, [&](const MatrixRow& r) { return !keep_row(r, o); });
    }
    if (o.workplans) {
        d.workplans = annual_workplans(graph);
        std::erase_if(*d.workplans, [&](const Workplan& w) { return !keep_workplan(w, o); });
    }
    if (o.targets) d.targets = target_rows(plan, o);
    return d;
}

}  // namespace plankit
