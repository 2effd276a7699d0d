// Target trajectories (指标分解): each target's expected value year by year (trajectory.h)
// and its allocations compared with what is due (allocation.h).
#include "decomposition.h"
#include "trajectory.h"

namespace plankit {

std::vector<int> expected_years(const Plan& plan, const Target& target) {
    std::vector<int> years;
    for (int y = plan.start; y <= plan.end; ++y) years.push_back(y);
    if (plan.vision && *plan.vision > plan.end) {
        for (const auto& m : target.milestones) {
            if (m.year == *plan.vision) {
                years.push_back(*plan.vision);
                break;
            }
        }
    }
    return years;
}

TargetDecomposition decompose_target(const Target& target, const std::vector<int>& years) {
    TargetDecomposition d;
    d.id = target.id;
    d.name = target.name;
    d.goal = target.goal;
    d.owner = target.owner;
    d.measure = target.measure;
    d.direction = target.direction;
    d.kind = target.kind;
    d.trajectory = target.trajectory;
    d.additive = target.additive;
    d.baseline = target.baseline;
    d.milestones = target.milestones;
    for (int y : years) d.expected.push_back(ExpectedValue{y, expected_value(target, y)});
    d.allocations = allocation_years(target);
    return d;
}

}  // namespace plankit
