#include "csv_writer.h"
#include "history_writers.h"

namespace plankit {
namespace {

using Rows = std::vector<std::vector<std::string>>;

void aggregate_rows(const char* kind, const std::vector<AggregateHistory>& list, Rows& rows) {
    for (const auto& r : list)
        for (const auto& y : r.years)
            rows.push_back({kind, r.id, r.title, std::to_string(y.year), cell(y.score), y.rating.value_or(""), "", "",
                            "", "", ""});
}

}  // namespace

std::string history_to_csv(const History& h) {
    Rows rows;
    for (const auto& y : h.plan_scores)
        rows.push_back({"plan", h.plan, h.title, std::to_string(y.year), cell(y.score), y.rating.value_or(""), "", "",
                        "", "", ""});
    aggregate_rows("chapter", h.chapters, rows);
    aggregate_rows("goal", h.goals, rows);
    aggregate_rows("unit", h.units, rows);
    for (const auto& t : h.targets) {
        for (const auto& y : t.years) {
            const TargetScore& s = y.score;
            rows.push_back({"target", t.id, t.name, std::to_string(y.year), cell(s.score), "", cell(s.expected),
                            cell(s.actual), cell(s.completion), to_string(s.light),
                            y.cls.cls ? to_string(*y.cls.cls) : ""});
        }
    }
    // The columns keep the JSON keys in every language, so scripts read either alike.
    return csv_table({"kind", "id", "name", "year", "score", "rating", "expected", "actual", "completion", "light",
                      "class"},
                     rows);
}

}  // namespace plankit
