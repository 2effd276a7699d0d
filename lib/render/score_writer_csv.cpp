#include <map>

#include "aggregate_lines.h"
#include "csv_columns.h"
#include "csv_writer.h"
#include "joined.h"
#include "score_writers.h"

namespace plankit {
namespace {

// The JSON keys, worded in the output language by csv_header.
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

Cells aggregate(const AggregateLine& line, Lang lang) {
    const AggregateScore& a = line.aggregate;
    return {{"kind", csv_word("", line.kind, lang)},         {"id", line.id},
            {"score", cell(a.score)},    {"rating", a.rating.value_or("")},
            {"targets", cell(a.targets)}, {"tasks", cell(a.tasks)},
            {"previous_score", cell(line.previous)}};
}

Cells target(const TargetRow& t, Lang lang) {
    const TargetTrend& tr = t.trend;
    return {{"kind", csv_word("", "target", lang)},
            {"id", t.id},
            {"score", cell(t.score.score)},
            {"light", csv_word("light", to_string(t.score.light), lang)},
            {"class", csv_word("class", t.cls.cls ? to_string(*t.cls.cls) : "", lang)},
            {"expected", cell(t.score.expected)},
            {"actual", cell(t.score.actual)},
            {"completion", cell(t.score.completion)},
            {"trend", csv_word("trend", to_string(tr.trend), lang)},
            {"slope", cell(tr.slope)},
            {"required", cell(tr.required)},
            {"ratio", cell(tr.ratio)},
            {"projected", cell(tr.projected)},
            {"will_meet", csv_flag(tr.will_meet, lang)},
            {"projected_end", cell(t.end.projected)},
            {"will_meet_end", csv_flag(t.end.will_meet, lang)},
            {"at_risk", csv_flag(t.at_risk, lang)}};
}

Cells task(const TaskRow& t, Lang lang) {
    return {{"kind", csv_word("", "task", lang)},
            {"id", t.id},
            {"score", cell(t.score.score)},
            {"status", csv_word("status", t.score.status ? to_string(*t.score.status) : "", lang)},
            {"slipping", csv_flag(t.slipping, lang)},
            {"at_risk", csv_flag(t.at_risk, lang)},
            {"blocked_by", joined(t.blocked_by, " ")}};
}

}  // namespace

std::string score_to_csv(const YearScore& s, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& line : aggregate_lines(s)) rows.push_back(row(aggregate(line, lang)));
    for (const auto& t : s.targets) rows.push_back(row(target(t, lang)));
    for (const auto& t : s.tasks) rows.push_back(row(task(t, lang)));
    if (!s.scenario) return csv_table(csv_header(kColumns, lang), rows);
    // A scenario's rows each say so in a first column, `scenario`, holding the assumptions:
    // a row copied into another sheet is still never taken for the evaluation.
    std::string assumed;
    for (const auto& a : s.scenario->assumptions) assumed += (assumed.empty() ? "" : " ") + a.subject + "=" + a.value;
    std::vector<std::string> columns{"scenario"};
    columns.insert(columns.end(), kColumns.begin(), kColumns.end());
    for (auto& r : rows) r.insert(r.begin(), assumed);
    return csv_table(csv_header(columns, lang), rows);
}

}  // namespace plankit
