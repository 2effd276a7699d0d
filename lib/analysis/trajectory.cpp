#include "trajectory.h"

#include <cmath>

namespace plankit {

std::vector<YearValue> known_points(const Target& target) {
    std::vector<YearValue> points;
    if (!target.baseline) return points;
    points.push_back(*target.baseline);
    points.insert(points.end(), target.milestones.begin(), target.milestones.end());
    return points;
}

double interpolate(TrajectoryKind kind, const YearValue& a, const YearValue& b, int year) {
    const double va = a.value, vb = b.value;
    const double dy = static_cast<double>(year - a.year);
    const double span = static_cast<double>(b.year - a.year);
    if (kind == TrajectoryKind::geometric) return va * std::pow(vb / va, dy / span);
    return va + (vb - va) * dy / span;
}

std::optional<TrajectorySegment> trajectory_segment(const Target& target, int year) {
    auto points = known_points(target);
    if (points.empty()) return std::nullopt;
    for (const auto& p : points) {
        if (p.year == year) return TrajectorySegment{p, p, true};
    }
    for (std::size_t i = 1; i < points.size(); ++i) {
        if (points[i - 1].year < year && year < points[i].year) {
            return TrajectorySegment{points[i - 1], points[i], false};
        }
    }
    return std::nullopt;
}

std::optional<double> expected_value(const Target& target, int year) {
    auto seg = trajectory_segment(target, year);
    if (!seg) return std::nullopt;
    if (seg->exact) return seg->from.value;
    return interpolate(target.trajectory, seg->from, seg->to, year);
}

}  // namespace plankit
