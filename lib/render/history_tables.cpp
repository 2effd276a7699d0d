#include "history_writers.h"

#include <algorithm>

#include "number_format.h"

namespace plankit {
namespace {

// A table whose first columns are `lead` and whose other columns are the years.
ScoreTable year_columns(const History& h, std::vector<std::string> lead, std::vector<bool> prose) {
    ScoreTable t;
    t.header = std::move(lead);
    t.prose = std::move(prose);
    t.align.assign(t.header.size(), Align::left);
    for (int y : h.years) {
        t.header.push_back(std::to_string(y));
        t.align.push_back(Align::right);
        t.prose.push_back(false);
    }
    return t;
}

// The cell of each year in the range: `cell(entry)` for the years a subject has, — else.
template <class Entry, class Cell>
std::vector<std::string> year_cells(const History& h, const std::vector<Entry>& entries, Cell cell) {
    std::vector<std::string> cells;
    std::size_t k = 0;
    for (int y : h.years) {
        while (k < entries.size() && entries[k].year < y) ++k;
        cells.push_back(k < entries.size() && entries[k].year == y ? cell(entries[k]) : std::string(kNoValue));
    }
    return cells;
}

// Rows in plan order (the model is by id, as JSON lists it): the order a reader knows.
template <class Row>
std::vector<const Row*> in_plan_order(const std::vector<Row>& rows) {
    std::vector<const Row*> out;
    for (const auto& r : rows) out.push_back(&r);
    std::sort(out.begin(), out.end(), [](const Row* a, const Row* b) { return a->index < b->index; });
    return out;
}

void append(std::vector<std::string>& row, std::vector<std::string> more) {
    for (auto& c : more) row.push_back(std::move(c));
}

ScoreTable plan_table(const History& h, Lang lang) {
    ScoreTable t = year_columns(h, {""}, {false});
    std::vector<std::string> score{label(lang, "score")}, rating{label(lang, "rating")};
    append(score, year_cells(h, h.plan_scores, [](const YearAggregate& a) { return format_optional(a.score); }));
    append(rating, year_cells(h, h.plan_scores,
                              [](const YearAggregate& a) { return a.rating.value_or(std::string(kNoValue)); }));
    t.rows = {std::move(score), std::move(rating)};
    return t;
}

ScoreTable aggregate_table(const History& h, const std::vector<AggregateHistory>& rows, Lang lang) {
    ScoreTable t = year_columns(h, {label(lang, "id"), label(lang, "title")}, {false, true});
    for (const auto* r : in_plan_order(rows)) {
        std::vector<std::string> row{r->id, r->title};
        append(row, year_cells(h, r->years, [](const YearAggregate& a) { return format_optional(a.score); }));
        t.rows.push_back(std::move(row));
    }
    return t;
}

template <class Cell>
ScoreTable target_table(const History& h, Lang lang, Cell cell) {
    ScoreTable t = year_columns(h, {label(lang, "id"), label(lang, "name")}, {false, true});
    for (const auto* r : in_plan_order(h.targets)) {
        std::vector<std::string> row{r->id, r->name};
        append(row, year_cells(h, r->years, cell));
        t.rows.push_back(std::move(row));
    }
    return t;
}

}  // namespace

std::string history_title(const History& h, Lang lang) {
    const std::string colon = lang == Lang::zh ? "：" : ": ";
    std::string span = h.years.empty() ? std::string(kNoValue)
                                       : std::to_string(h.years.front()) + "–" + std::to_string(h.years.back());
    const std::string plan = h.title.empty() ? h.plan : h.title + " (" + h.plan + ")";
    return label(lang, "history") + " " + span + colon + plan;
}

ScoreTable history_class_table(const History& h, Lang lang) {
    return target_table(h, lang, [lang](const TargetYear& y) { return class_text(y.cls, lang); });
}

std::vector<HistoryTable> history_tables(const History& h, Lang lang) {
    std::vector<HistoryTable> out;
    out.push_back({label(lang, "report.plan_score"), plan_table(h, lang)});
    out.push_back({label(lang, "history.classes"), history_class_table(h, lang)});
    out.push_back({label(lang, "history.actuals"), target_table(h, lang, [](const TargetYear& y) {
                       return format_optional(y.score.actual) + " / " + format_number(y.score.expected);
                   })});
    out.push_back({label(lang, "chapters"), aggregate_table(h, h.chapters, lang)});
    out.push_back({label(lang, "goals"), aggregate_table(h, h.goals, lang)});
    out.push_back({label(lang, "units"), aggregate_table(h, h.units, lang)});
    return out;
}

}  // namespace plankit
