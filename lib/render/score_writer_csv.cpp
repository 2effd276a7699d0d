#include <map>

#include "aggregate_lines.h"
#include "csv_writer.h"
#include "joined.h"
#include "score_writers.h"

namespace plankit {
namespace {

// The columns keep the JSON keys in every language, so scripts read either report alike.
const std::vector<std::string> kColumns = {
    "kind",     "id",       "score",  "rating",   "targets",   "tasks",  "previous_score",
    "light",    "class",    "expected", "actual", "completion", "trend",   "slope",  "required",
    "ratio",    "projected", "will_meet", "projected_end", "will_meet_end", "at_risk", "status",  "slipping",
    "blocked_by"};

using Cells = std::map<std::string, std::string>;

std::vector<std::string> row(const Cells& cells) {
    std::vector<std::string> out;
    for (const auto& c : kColumns) {
        auto it = cells.find(c);
        out.push_back(it == cells.end() ? std::string() : it->second);
    }
    return out;
}

Cells aggregate(const AggregateLine& line) {
    const AggregateScore& a = line.aggregate;
    return {{"kind", line.kind},         {"id", line.id},
            {"score", cell(a.score)},    {"rating", a.rating.value_or("")},
            {"targets", cell(a.targets)}, {"tasks", cell(a.tasks)},
            {"previous_score", cell(line.previous)}};
}

Cells target(const TargetRow& t) {
    const TargetTrend& tr = t.trend;
    return {{"kind", "target"},
            {"id", t.id},
            {"score", cell(t.score.score)},
            {"light", to_string(t.score.light)},
            {"class", t.cls.cls ? to_string(*t.cls.cls) : ""},
            {"expected", cell(t.score.expected)},
            {"actual", cell(t.score.actual)},
            {"completion", cell(t.score.completion)},
            {"trend", to_string(tr.trend)},
            {"slope", cell(tr.slope)},
            {"required", cell(tr.required)},
            {"ratio", cell(tr.ratio)},
            {"projected", cell(tr.projected)},
            {"will_meet", cell(tr.will_meet)},
            {"projected_end", cell(t.end.projected)},
            {"will_meet_end", cell(t.end.will_meet)},
            {"at_risk", cell(t.at_risk)}};
}

Cells task(const TaskRow& t) {
    return {{"kind", "task"},
            {"id", t.id},
            {"score", cell(t.score.score)},
            {"status", t.score.status ? to_string(*t.score.status) : ""},
            {"slipping", cell(t.slipping)},
            {"at_risk", cell(t.at_risk)},
            {"blocked_by", joined(t.blocked_by, " ")}};
}

}  // namespace

std::string score_to_csv(const YearScore& s) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& line : aggregate_lines(s)) rows.push_back(row(aggregate(line)));
    for (const auto& t : s.targets) rows.push_back(row(target(t)));
    for (const auto& t : s.tasks) rows.push_back(row(task(t)));
    if (!s.scenario) return csv_table(kColumns, rows);
    // A scenario's rows each say so in a first column, `scenario`, holding the assumptions:
    // a row copied into another sheet is still never taken for the evaluation.
    std::string assumed;
    for (const auto& a : s.scenario->assumptions) assumed += (assumed.empty() ? "" : " ") + a.subject + "=" + a.value;
    std::vector<std::string> columns{"scenario"};
    columns.insert(columns.end(), kColumns.begin(), kColumns.end());
    for (auto& r : rows) r.insert(r.begin(), assumed);
    return csv_table(columns, rows);
}

}  // namespace plankit
