#include "csv_columns.h"
#include "csv_writer.h"
#include "history_writers.h"

namespace plankit {
namespace {

using Rows = std::vector<std::vector<std::string>>;

void aggregate_rows(const std::string& kind, const std::vector<AggregateHistory>& list, Rows& rows) {
    for (const auto& r : list)
        for (const auto& y : r.years)
            rows.push_back({kind, r.id, r.title, std::to_string(y.year), cell(y.score), y.rating.value_or(""), "", "",
                            "", "", ""});
}

}  // namespace

std::string history_to_csv(const History& h, Lang lang) {
    Rows rows;
    for (const auto& y : h.plan_scores)
        rows.push_back({csv_word("", "plan", lang), h.plan, h.title, std::to_string(y.year), cell(y.score), y.rating.value_or(""), "", "",
                        "", "", ""});
    aggregate_rows(csv_word("", "chapter", lang), h.chapters, rows);
    aggregate_rows(csv_word("", "goal", lang), h.goals, rows);
    aggregate_rows(csv_word("", "unit", lang), h.units, rows);
    for (const auto& t : h.targets) {
        for (const auto& y : t.years) {
            const TargetScore& s = y.score;
            rows.push_back({csv_word("", "target", lang), t.id, t.name, std::to_string(y.year), cell(s.score), "", cell(s.expected),
                            cell(s.actual), cell(s.completion), csv_word("light", to_string(s.light), lang),
                            csv_word("class", y.cls.cls ? to_string(*y.cls.cls) : "", lang)});
        }
    }
    return csv_table(csv_header({"kind", "id", "name", "year", "score", "rating", "expected", "actual", "completion",
                                 "light", "class"},
                                lang),
                     rows);
}

}  // namespace plankit
