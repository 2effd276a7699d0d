#include "report_csv.h"

#include "csv_writer.h"
#include "json_writer.h"

namespace plankit {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Numbers keep their full precision (shortest round-trip text), as in `score --format csv`,
// so a spreadsheet recomputes the same figures; an absent value is an empty cell.
std::string cell(double v) { return json_number(v); }
std::string cell(const std::optional<double>& v) { return v ? json_number(*v) : std::string(); }
std::string cell(bool v) { return v ? "true" : "false"; }
std::string cell(const std::optional<bool>& v) { return v ? cell(*v) : std::string(); }
std::string cell(const std::optional<std::string>& v) { return v.value_or(std::string()); }

// Lists of ids in one cell, as `decompose --format csv` writes them.
std::string id_list(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ";") + id;
    return out;
}

std::vector<std::string> aggregate_row(const std::string& kind, const std::string& id, const std::string& name,
                                       const AggregateScore& a, const std::optional<double>& previous) {
    return {kind, id, name, cell(a.score), cell(a.rating), cell(a.targets), cell(a.tasks), cell(previous)};
}

}  // namespace

std::string report_scores_csv(const YearScore& s, const Plan& plan) {
    Rows rows;
    std::optional<double> previous;
    if (s.previous) previous = s.previous->score;
    rows.push_back(aggregate_row("plan", s.plan, plan.title, s.overall, previous));
    for (const auto& r : s.chapters) rows.push_back(aggregate_row("chapter", r.id, r.title, r.aggregate, r.previous_score));
    for (const auto& r : s.goals) rows.push_back(aggregate_row("goal", r.id, r.title, r.aggregate, r.previous_score));
    for (const auto& r : s.units) rows.push_back(aggregate_row("unit", r.id, r.title, r.aggregate, r.previous_score));
    return csv_table({"kind", "id", "name", "score", "rating", "targets", "tasks", "previous_score"}, rows);
}

std::string report_targets_csv(const YearScore& s, const Plan& plan) {
    Rows rows;
    for (const auto& r : s.targets) {
        const Target& t = plan.targets[r.index];
        const TargetScore& sc = r.score;
        const TargetTrend& tr = r.trend;
        const auto& m = tr.next_milestone;
        rows.push_back({t.id, t.name, cell(t.measure), t.direction == Direction::increase ? "increase" : "decrease",
                        t.kind == TargetKind::binding ? "binding" : "expected", std::to_string(sc.year),
                        cell(sc.baseline), cell(sc.expected), cell(sc.actual), cell(sc.completion), cell(sc.score),
                        to_string(sc.light), r.cls.cls ? to_string(*r.cls.cls) : "", to_string(tr.trend),
                        cell(tr.slope), cell(tr.required), cell(tr.ratio), m ? std::to_string(m->year) : std::string(),
                        m ? cell(m->value) : std::string(), cell(tr.projected), cell(tr.will_meet),
                        cell(r.end.projected), cell(r.end.will_meet), cell(r.at_risk)});
    }
    return csv_table({"id", "name", "measure", "direction", "kind", "year", "baseline", "expected", "actual",
                      "completion", "score", "light", "class", "trend", "slope", "required", "ratio",
                      "next_milestone_year", "next_milestone_value", "projected", "will_meet", "projected_end",
                      "will_meet_end", "at_risk"},
                     rows);
}

std::string report_tasks_csv(const YearScore& s, const PlanGraph& graph) {
    const Plan& plan = graph.plan();
    Rows rows;
    for (const auto& r : s.tasks) {
        const Task& t = plan.tasks[r.index];
        rows.push_back({t.id, t.title, cell(t.eff.chapter), cell(t.parent), cell(graph.composite(r.index)),
                        id_list(t.eff.lead), r.score.status ? to_string(*r.score.status) : "", cell(r.score.progress),
                        cell(r.score.score), cell(r.slipping), cell(r.at_risk), id_list(r.blocked_by)});
    }
    return csv_table({"id", "title", "chapter", "parent", "composite", "lead", "status", "progress", "score",
                      "slipping", "at_risk", "blocked_by"},
                     rows);
}

}  // namespace plankit
