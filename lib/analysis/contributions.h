// Contributions (cycle.md, "Contributions"): the units an additive target is allocated to
// report their own parts; without a record of the total, the target's actual in a year is
// the sum of that year's parts, and what is missing or does not add up is a finding.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gap_finding.h"
#include "progress.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// One unit's part in a year.
struct Contribution {
    std::string unit;
    double value = 0;
};

// One allocated unit of a target in a year, as a reader sees it: what it was given and
// what it reported (nullopt: nothing).
struct UnitShare {
    std::string unit;
    std::string name;
    std::optional<double> allocation;    // its allocation in the first allocation year ≥ Y, else the last
    std::optional<double> contribution;  // its contribution in Y
};

// Every contribution by target (index into plan.targets) and year, in unit-id order.
class TargetContributions {
public:
    TargetContributions(const PlanGraph& graph, const Progress& progress);

    // The target's contributions in `year`, in unit-id order (empty when none).
    const std::vector<Contribution>& in(std::size_t target, int year) const;
    // Their sum, added in unit-id order; nullopt when there are none.
    std::optional<double> sum(std::size_t target, int year) const;
    // Every (year, sum) of the target, by year.
    std::map<int, double> sums(std::size_t target) const;

private:
    std::vector<std::map<int, std::vector<Contribution>>> by_target_;
};

// The findings about a scored target's contributions in `year`: a warning naming the
// allocated units without one when the actual is their sum, an info when a record of the
// total and the sum differ (compared as on paper).
std::vector<GapFinding> contribution_findings(const PlanGraph& graph, const TargetContributions& contributions,
                                              std::size_t target, int year, std::optional<double> recorded);

// Every unit holding an allocation of the target, by id, with its allocation and its part
// in `year`; empty for a target without allocations or without contributions that year.
std::vector<UnitShare> unit_shares(const PlanGraph& graph, const TargetContributions& contributions,
                                   std::size_t target, int year);

}  // namespace plankit
