// The arithmetic of a target's allocations (analysis.md, "Allocations"; readings.md items
// 16 and 36–38): per allocation year, what is due, what the units were given, and the gap.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model.h"

namespace plankit {

// One unit's share in one year: several allocations of a (unit, year) summed.
struct UnitAllocation {
    std::string unit;
    double value = 0;
};

// The allocations of one target in one year, compared with the value due then.
struct AllocationYear {
    int year = 0;
    // The milestone value of that year, else the trajectory value; nullopt when neither
    // exists (before the baseline, after the last milestone, or no baseline off milestones).
    std::optional<double> due;
    double allocated = 0;
    std::optional<double> shortfall;  // due − allocated when short, 0 when not; nullopt without due
    std::optional<double> excess;     // allocated − due when over, 0 when not; nullopt without due
    std::vector<UnitAllocation> units;  // in order of first appearance
    std::vector<Location> locs;         // the allocation items of that year, in file order
};

// The value due for a target in a year, for comparing with its allocations.
std::optional<double> due_value(const Target& target, int year);

// Every year the target has allocations for, ascending.
std::vector<AllocationYear> allocation_years(const Target& target);

}  // namespace plankit
