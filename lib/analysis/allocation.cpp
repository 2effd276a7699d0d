#include "allocation.h"

#include <algorithm>

#include "figures.h"
#include "trajectory.h"

namespace plankit {

std::optional<double> due_value(const Target& target, int year) {
    for (const auto& m : target.milestones) {
        if (m.year == year) return m.value;
    }
    return expected_value(target, year);
}

namespace {

void add_share(AllocationYear& row, const Allocation& a) {
    row.allocated += a.value;
    row.locs.push_back(a.loc);
    for (auto& u : row.units) {
        if (u.unit == a.unit) {
            u.value += a.value;
            return;
        }
    }
    row.units.push_back({a.unit, a.value});
}

// Fills shortfall and excess from due and allocated (readings.md item 38: the same
// comparison for a decrease target).
void compare_with_due(AllocationYear& row) {
    if (!row.due) return;
    row.shortfall = figures::below(row.allocated, *row.due) ? *row.due - row.allocated : 0.0;
    row.excess = figures::above(row.allocated, *row.due) ? row.allocated - *row.due : 0.0;
}

}  // namespace

std::vector<AllocationYear> allocation_years(const Target& target) {
    std::vector<AllocationYear> rows;
    for (const auto& a : target.allocations) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const AllocationYear& r) { return r.year == a.year; });
        if (it == rows.end()) {
            rows.push_back(AllocationYear{});
            rows.back().year = a.year;
            it = rows.end() - 1;
        }
        add_share(*it, a);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AllocationYear& a, const AllocationYear& b) { return a.year < b.year; });
    for (auto& row : rows) {
        row.due = due_value(target, row.year);
        compare_with_due(row);
    }
    return rows;
}

}  // namespace plankit
