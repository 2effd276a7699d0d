#include "report_csv.h"

#include "aggregate_lines.h"
#include "csv_columns.h"
#include "csv_writer.h"
#include "joined.h"

namespace plankit {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Lists of ids in one cell, as `decompose --format csv` writes them.
std::string id_list(const std::vector<std::string>& ids) { return joined(ids, ";"); }

std::vector<std::string> aggregate_row(const AggregateLine& line, Lang lang) {
    const AggregateScore& a = line.aggregate;
    return {csv_word("", line.kind, lang), line.id, line.name, cell(a.score), cell(a.rating), cell(a.targets),
            cell(a.tasks), cell(line.previous)};
}

}  // namespace

std::string report_scores_csv(const YearScore& s, Lang lang) {
    Rows rows;
    for (const auto& line : aggregate_lines(s)) rows.push_back(aggregate_row(line, lang));
    return csv_table(
        csv_header({"kind", "id", "name", "score", "rating", "targets", "tasks", "previous_score"}, lang), rows);
}

std::string report_targets_csv(const YearScore& s, const Plan& plan, Lang lang) {
    Rows rows;
    for (const auto& r : s.targets) {
        const Target& t = plan.targets[r.index];
        const TargetScore& sc = r.score;
        const TargetTrend& tr = r.trend;
        const auto& m = tr.next_milestone;
        rows.push_back({t.id, t.name, cell(t.measure), csv_word("direction", t.direction == Direction::increase ? "increase" : "decrease", lang),
                        csv_word("target_kind", t.kind == TargetKind::binding ? "binding" : "expected", lang),
                        std::to_string(sc.year), cell(sc.baseline), cell(sc.expected), cell(sc.actual),
                        cell(sc.completion), cell(sc.score), csv_word("light", to_string(sc.light), lang),
                        csv_word("class", r.cls.cls ? to_string(*r.cls.cls) : "", lang),
                        csv_word("trend", to_string(tr.trend), lang), cell(tr.slope), cell(tr.required),
                        cell(tr.ratio), m ? std::to_string(m->year) : std::string(),
                        m ? cell(m->value) : std::string(), cell(tr.projected), csv_flag(tr.will_meet, lang),
                        cell(r.end.projected), csv_flag(r.end.will_meet, lang), csv_flag(r.at_risk, lang),
                        cell(r.source), cell(r.note)});
    }
    return csv_table(csv_header({"id", "name", "measure", "direction", "kind", "year", "baseline", "expected",
                                 "actual", "completion", "score", "light", "class", "trend", "slope", "required",
                                 "ratio", "next_milestone_year", "next_milestone_value", "projected", "will_meet",
                                 "projected_end", "will_meet_end", "at_risk", "source", "note"},
                                lang),
                     rows);
}

std::string report_tasks_csv(const YearScore& s, const Plan& plan, Lang lang) {
    Rows rows;
    for (const auto& r : s.tasks) {
        const Task& t = plan.tasks[r.index];
        rows.push_back({t.id, t.title, cell(t.eff.chapter), cell(t.parent), csv_flag(r.composite, lang),
                        id_list(t.eff.lead), csv_names(r.lead_names, lang),
                        csv_word("status", r.score.status ? to_string(*r.score.status) : "", lang),
                        cell(r.score.progress), cell(r.score.score), csv_flag(r.slipping, lang),
                        csv_flag(r.at_risk, lang), id_list(r.blocked_by), cell(r.score.note)});
    }
    return csv_table(csv_header({"id", "title", "chapter", "parent", "composite", "lead", "lead_names", "status",
                                 "progress", "score", "slipping", "at_risk", "blocked_by", "note"},
                                lang),
                     rows);
}

std::string report_contributions_csv(const YearScore& s, const Plan& plan, Lang lang) {
    Rows rows;
    for (const auto& r : s.targets) {
        for (const auto& share : r.shares)
            rows.push_back({r.id, plan.targets[r.index].name, share.unit, share.name, cell(share.allocation),
                            cell(share.contribution)});
    }
    return csv_table(
        csv_header({"target", "target_name", "unit", "unit_name", "allocation", "contribution"}, lang), rows);
}

}  // namespace plankit
