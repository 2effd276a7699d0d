// What moved between an evaluation and its scenario: the plan's and each aggregate's score
// and rating, each target's light, class and at-risk flag, each task's status, slipping and
// at-risk flags. Rows are matched by id; numbers compared as on paper (figures.h).
#include <unordered_map>

#include "figures.h"
#include "plan_graph.h"
#include "year_score.h"

namespace plankit {
namespace {

ChangeValue value_of(const std::optional<double>& d) { return d ? ChangeValue(*d) : ChangeValue(); }
ChangeValue value_of(const std::optional<std::string>& s) { return s ? ChangeValue(*s) : ChangeValue(); }
ChangeValue value_of(const char* s) { return ChangeValue(std::string(s)); }

bool same(const ChangeValue& a, const ChangeValue& b) {
    if (a.index() != b.index()) return false;
    if (auto* x = std::get_if<double>(&a)) return figures::equal(*x, std::get<double>(b));
    return a == b;
}

ChangeValue class_value(const ClassOf& c) { return c.cls ? value_of(to_string(*c.cls)) : ChangeValue(); }

class Changes {
public:
    void add(const std::string& subject, const char* field, ChangeValue from, ChangeValue to) {
        if (!same(from, to)) out_.push_back({subject, field, std::move(from), std::move(to)});
    }
    void add_class(const std::string& subject, const ClassOf& from, const ClassOf& to) {
        ChangeValue a = class_value(from), b = class_value(to);
        if (same(a, b) && from.early == to.early) return;
        out_.push_back({subject, "class", std::move(a), std::move(b), from.early, to.early});
    }
    std::vector<ScenarioChange> take() { return std::move(out_); }

private:
    std::vector<ScenarioChange> out_;
};

void aggregate(Changes& c, const std::string& subject, const AggregateScore& from, const AggregateScore& to) {
    c.add(subject, "score", value_of(from.score), value_of(to.score));
    c.add(subject, "rating", value_of(from.rating), value_of(to.rating));
}

void aggregates(Changes& c, const char* kind, const std::vector<AggregateRow>& from,
                const std::vector<AggregateRow>& to) {
    for (std::size_t k = 0; k < from.size() && k < to.size(); ++k)  // every row, by id, in both
        aggregate(c, std::string(kind) + ":" + to[k].id, from[k].aggregate, to[k].aggregate);
}

ChangeValue status_value(const TaskRow& t) {
    return t.score.status ? value_of(to_string(*t.score.status)) : ChangeValue();
}

template <class Row>
std::unordered_map<std::string, const Row*> by_id(const std::vector<Row>& rows) {
    std::unordered_map<std::string, const Row*> out;
    for (const auto& r : rows) out.emplace(r.id, &r);
    return out;
}

void targets(Changes& c, const YearScore& from, const YearScore& to) {
    auto before = by_id(from.targets);
    for (const auto& t : to.targets) {
        auto it = before.find(t.id);
        if (it == before.end()) continue;  // the same targets are scored in both
        const TargetRow& b = *it->second;
        const std::string subject = "target:" + t.id;
        c.add(subject, "actual", value_of(b.score.actual), value_of(t.score.actual));
        c.add(subject, "score", value_of(b.score.score), value_of(t.score.score));
        c.add(subject, "light", value_of(to_string(b.score.light)), value_of(to_string(t.score.light)));
        c.add_class(subject, b.cls, t.cls);
        c.add(subject, "at_risk", b.at_risk, t.at_risk);
    }
}

void tasks(Changes& c, const YearScore& from, const YearScore& to) {
    auto before = by_id(from.tasks);
    for (const auto& t : to.tasks) {
        auto it = before.find(t.id);
        if (it == before.end()) continue;
        const TaskRow& b = *it->second;
        const std::string subject = "task:" + t.id;
        c.add(subject, "status", status_value(b), status_value(t));
        c.add(subject, "score", value_of(b.score.score), value_of(t.score.score));
        c.add(subject, "slipping", b.slipping, t.slipping);
        c.add(subject, "at_risk", b.at_risk, t.at_risk);
    }
}

}  // namespace

YearScore score_scenario(const PlanGraph& graph, const Progress& progress, int year,
                         std::vector<Assumption> assumed) {
    YearScore actual = score_year(graph, progress, year);
    YearScore out = score_year(graph, with_assumptions(graph, progress, assumed, year), year);
    Changes c;
    aggregate(c, "plan:" + out.plan, actual.overall, out.overall);
    aggregates(c, "chapter", actual.chapters, out.chapters);
    aggregates(c, "goal", actual.goals, out.goals);
    aggregates(c, "unit", actual.units, out.units);
    targets(c, actual, out);
    tasks(c, actual, out);
    out.scenario = Scenario{std::move(assumed), actual.overall.score, actual.overall.rating, c.take()};
    return out;
}

}  // namespace plankit
