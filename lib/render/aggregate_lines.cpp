#include "aggregate_lines.h"

namespace plankit {

std::vector<AggregateLine> aggregate_lines(const YearScore& s) {
    std::vector<AggregateLine> lines;
    std::optional<double> previous;
    if (s.previous) previous = s.previous->score;
    lines.push_back({"plan", s.plan, s.title, s.overall, previous});
    for (const auto& r : s.chapters) lines.push_back({"chapter", r.id, r.title, r.aggregate, r.previous_score});
    for (const auto& r : s.goals) lines.push_back({"goal", r.id, r.title, r.aggregate, r.previous_score});
    for (const auto& r : s.units) lines.push_back({"unit", r.id, r.title, r.aggregate, r.previous_score});
    return lines;
}

}  // namespace plankit
