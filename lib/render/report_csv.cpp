#include "report_csv.h"

#include "aggregate_lines.h"
#include "csv_writer.h"
#include "joined.h"

namespace plankit {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Lists of ids in one cell, as `decompose --format csv` writes them.
std::string id_list(const std::vector<std::string>& ids) { return joined(ids, ";"); }

std::vector<std::string> aggregate_row(const AggregateLine& line) {
    const AggregateScore& a = line.aggregate;
    return {line.kind, line.id, line.name, cell(a.score), cell(a.rating), cell(a.targets), cell(a.tasks),
            cell(line.previous)};
}

}  // namespace

std::string report_scores_csv(const YearScore& s) {
    Rows rows;
    for (const auto& line : aggregate_lines(s)) rows.push_back(aggregate_row(line));
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

std::string report_tasks_csv(const YearScore& s, const Plan& plan) {
    Rows rows;
    for (const auto& r : s.tasks) {
        const Task& t = plan.tasks[r.index];
        rows.push_back({t.id, t.title, cell(t.eff.chapter), cell(t.parent), cell(r.composite),
                        id_list(t.eff.lead), r.score.status ? to_string(*r.score.status) : "", cell(r.score.progress),
                        cell(r.score.score), cell(r.slipping), cell(r.at_risk), id_list(r.blocked_by)});
    }
    return csv_table({"id", "title", "chapter", "parent", "composite", "lead", "status", "progress", "score",
                      "slipping", "at_risk", "blocked_by"},
                     rows);
}

}  // namespace plankit
