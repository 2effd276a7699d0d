#include "history.h"

#include "figures.h"
#include "plan_graph.h"

#include <algorithm>
#include <map>

namespace plankit {
namespace {

// Rows of one aggregate kind over the years: the same rows (every chapter, goal or unit,
// by id) in each year's score, so they line up by position.
std::vector<AggregateHistory> aggregate_history(const std::vector<YearScore>& years,
                                                std::vector<AggregateRow> YearScore::*rows) {
    std::vector<AggregateHistory> out;
    if (years.empty()) return out;
    for (const auto& r : years.front().*rows) out.push_back({r.index, r.id, r.title, {}});
    for (const auto& y : years) {
        const auto& list = y.*rows;
        for (std::size_t k = 0; k < list.size() && k < out.size(); ++k)
            out[k].years.push_back({y.year, list[k].aggregate.score, list[k].aggregate.rating});
    }
    return out;
}

std::vector<TargetHistory> target_history(const Plan& plan, const std::vector<YearScore>& years) {
    std::map<std::size_t, TargetHistory> by_index;
    for (const auto& y : years) {
        for (const auto& r : y.targets) {
            auto [it, fresh] = by_index.try_emplace(r.index);
            if (fresh) {
                const Target& t = plan.targets[r.index];
                it->second = {r.index, t.id, t.name, t.measure, {}};
            }
            it->second.years.push_back({y.year, r.score, r.cls});
        }
    }
    std::vector<TargetHistory> out;
    for (auto& [index, h] : by_index) out.push_back(std::move(h));
    std::sort(out.begin(), out.end(), [](const TargetHistory& a, const TargetHistory& b) { return a.id < b.id; });
    return out;
}

ChangeValue value_of(const std::optional<double>& d) { return d ? ChangeValue(*d) : ChangeValue(); }
ChangeValue value_of(const ClassOf& c) { return c.cls ? ChangeValue(std::string(to_string(*c.cls))) : ChangeValue(); }

std::vector<ScenarioChange> since_last_year(const History& h) {
    std::vector<ScenarioChange> out;
    if (h.years.size() < 2) return out;
    const auto& now = h.plan_scores.back();
    const auto& before = h.plan_scores[h.plan_scores.size() - 2];
    const bool same = now.score && before.score ? figures::equal(*now.score, *before.score)
                                                : now.score.has_value() == before.score.has_value();
    if (!same) out.push_back({"plan:" + h.plan, "score", value_of(before.score), value_of(now.score)});
    for (const auto& target : h.targets) {
        const TargetYear* last = nullptr;
        const TargetYear* prev = nullptr;
        for (const auto& y : target.years) {
            if (y.year == h.years.back()) last = &y;
            if (y.year == h.years.back() - 1) prev = &y;
        }
        if (!last) continue;
        const ClassOf from = prev ? prev->cls : ClassOf{};
        if (from.cls == last->cls.cls && from.early == last->cls.early) continue;
        out.push_back({"target:" + target.id, "class", value_of(from), value_of(last->cls), from.early,
                       last->cls.early});
    }
    return out;
}

}  // namespace

History plan_history(const PlanGraph& graph, const Progress& progress, int from, int to) {
    const Plan& plan = graph.plan();
    std::vector<YearScore> years = score_years(graph, progress, from, to);
    History h;
    h.plan = plan.id;
    h.title = plan.title;
    for (const auto& y : years) {
        h.years.push_back(y.year);
        h.plan_scores.push_back({y.year, y.overall.score, y.overall.rating});
    }
    h.targets = target_history(plan, years);
    h.chapters = aggregate_history(years, &YearScore::chapters);
    h.goals = aggregate_history(years, &YearScore::goals);
    h.units = aggregate_history(years, &YearScore::units);
    h.since_last_year = since_last_year(h);
    return h;
}

}  // namespace plankit
