#include "contributions.h"

#include <algorithm>

#include "allocation.h"
#include "figures.h"
#include "plan_graph.h"

namespace plankit {
namespace {

// The units holding an allocation of the target in any year, by id.
std::vector<std::string> allocated_units(const Target& t) {
    std::vector<std::string> units;
    for (const auto& a : t.allocations) units.push_back(a.unit);
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    return units;
}

}  // namespace

TargetContributions::TargetContributions(const PlanGraph& graph, const Progress& progress)
    : by_target_(graph.plan().targets.size()) {
    for (const auto& r : progress.contributions)
        if (auto i = graph.target_index(r.id)) by_target_[*i][r.year].push_back({r.unit, r.value});
    for (auto& years : by_target_)
        for (auto& [year, list] : years)
            std::sort(list.begin(), list.end(),
                      [](const Contribution& a, const Contribution& b) { return a.unit < b.unit; });
}

const std::vector<Contribution>& TargetContributions::in(std::size_t target, int year) const {
    static const std::vector<Contribution> none;
    auto it = by_target_[target].find(year);
    return it == by_target_[target].end() ? none : it->second;
}

std::optional<double> TargetContributions::sum(std::size_t target, int year) const {
    const auto& list = in(target, year);
    if (list.empty()) return std::nullopt;
    double total = 0;
    for (const auto& c : list) total += c.value;
    return total;
}

std::map<int, double> TargetContributions::sums(std::size_t target) const {
    std::map<int, double> out;
    for (const auto& [year, list] : by_target_[target]) out.emplace(year, *sum(target, year));
    return out;
}

std::vector<GapFinding> contribution_findings(const PlanGraph& graph, const TargetContributions& contributions,
                                              std::size_t target, int year, std::optional<double> recorded) {
    const Target& t = graph.plan().targets[target];
    auto sum = contributions.sum(target, year);
    if (!sum) return {};
    const std::string subject = "target:" + t.id;
    if (recorded) {
        if (figures::equal(*sum, *recorded)) return {};
        return {{"contributions-mismatch", Severity::info, subject,
                 {FindingArg::of_text("target", t.id), FindingArg::of_whole("year", year),
                  FindingArg::of_exact("sum", *sum), FindingArg::of_exact("recorded", *recorded)},
                 t.loc}};
    }
    std::vector<std::string> missing;
    const auto& given = contributions.in(target, year);
    for (const auto& unit : allocated_units(t)) {
        bool reported = std::any_of(given.begin(), given.end(), [&](const Contribution& c) { return c.unit == unit; });
        if (!reported) missing.push_back(unit);
    }
    if (missing.empty()) return {};
    return {{"contributions-incomplete", Severity::warning, subject,
             {FindingArg::of_text("target", t.id), FindingArg::of_whole("year", year),
              FindingArg::of_ids("units", std::move(missing))},
             t.loc}};
}

std::vector<UnitShare> unit_shares(const PlanGraph& graph, const TargetContributions& contributions,
                                   std::size_t target, int year) {
    const Plan& plan = graph.plan();
    const Target& t = plan.targets[target];
    const auto& given = contributions.in(target, year);
    if (given.empty() || t.allocations.empty()) return {};
    // The allocation year the reader compares with: the first at or after Y, else the last.
    auto years = allocation_years(t);
    const AllocationYear* due = &years.back();
    for (const auto& y : years)
        if (y.year >= year) { due = &y; break; }
    std::vector<UnitShare> out;
    for (const auto& unit : allocated_units(t)) {
        UnitShare s;
        s.unit = unit;
        auto u = graph.unit_index(unit);
        s.name = u ? plan.units[*u].name : unit;
        for (const auto& a : due->units)
            if (a.unit == unit) s.allocation = a.value;
        for (const auto& c : given)
            if (c.unit == unit) s.contribution = c.value;
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace plankit
