#include "score_tables.h"

#include <string_view>
#include <unordered_map>

#include "number_format.h"
#include "terminal_style.h"

namespace plankit {
namespace {

std::string yes_no(bool b, Lang lang) { return label(lang, b ? "yes" : "no"); }

std::string status_word(const TaskRow& t, Lang lang) {
    return t.score.status ? label(lang, std::string("status.") + to_string(*t.score.status))
                          : label(lang, "status.none");
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

}  // namespace

std::string score_with_rating(const std::optional<double>& score, const std::optional<std::string>& rating) {
    if (!score) return std::string(kNoValue);
    return format_number(*score) + (rating ? " (" + *rating + ")" : "");
}

std::string score_change(const std::optional<double>& now, const std::optional<double>& before) {
    if (!now || !before) return "";
    std::string text = format_number(*now - *before);
    return text.front() == '-' || text == "0" ? text : "+" + text;
}

ScoreTable aggregate_table(const std::vector<AggregateRow>& rows, bool with_change, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "id"), label(lang, "title"), label(lang, "score"), label(lang, "rating"),
                label(lang, "targets"), label(lang, "tasks")};
    t.align = {Align::left, Align::left, Align::right, Align::left, Align::right, Align::right};
    if (with_change) {
        t.header.push_back(label(lang, "change"));
        t.align.push_back(Align::right);
    }
    for (const auto& r : rows) {
        const auto& a = r.aggregate;
        std::vector<std::string> row{r.id, r.title, format_optional(a.score), a.rating.value_or(std::string(kNoValue)),
                                     format_optional(a.targets), format_optional(a.tasks)};
        if (with_change) row.push_back(score_change(a.score, r.previous_score));
        t.rows.push_back(std::move(row));
    }
    return t;
}

ScoreTable target_table(const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "id"),    label(lang, "light"), label(lang, "expected_value"), label(lang, "actual"),
                label(lang, "completion"), label(lang, "score"), label(lang, "trend"), label(lang, "projected"),
                label(lang, "at_risk")};
    t.align = {Align::left, Align::left, Align::right, Align::right, Align::right,
               Align::right, Align::left, Align::right, Align::left};
    for (const auto& r : score.targets) {
        t.rows.push_back({r.id, light_tag(to_string(r.score.light), lang, false), format_number(r.score.expected),
                          format_optional(r.score.actual), format_optional_percent(r.score.completion),
                          format_optional(r.score.score), label(lang, std::string("trend.") + to_string(r.trend.trend)),
                          format_optional(r.trend.projected), yes_no(r.at_risk, lang)});
    }
    return t;
}

ScoreTable slipping_table(const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "task"), label(lang, "status"), label(lang, "score"), label(lang, "at_risk")};
    t.align = {Align::left, Align::left, Align::right, Align::left};
    // The due tasks each task blocks, in task order: one pass over every `blocked_by`,
    // since looking them up task by task is cubic on a long dependency chain.
    std::unordered_map<std::string_view, std::vector<std::string>> puts_at_risk;
    for (const auto& other : score.tasks) {
        for (const auto& b : other.blocked_by) puts_at_risk[b].push_back(other.id);
    }
    static const std::vector<std::string> none;
    for (const auto& r : score.tasks) {
        if (!r.slipping) continue;
        auto it = puts_at_risk.find(r.id);
        t.rows.push_back({r.id, status_word(r, lang), format_optional(r.score.score),
                          joined(it == puts_at_risk.end() ? none : it->second)});
    }
    return t;
}

ScoreTable at_risk_table(const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "task"), label(lang, "status"), label(lang, "blocked_by")};
    t.align = {Align::left, Align::left, Align::left};
    for (const auto& r : score.tasks) {
        if (r.at_risk) t.rows.push_back({r.id, status_word(r, lang), joined(r.blocked_by)});
    }
    return t;
}

ScoreTable findings_table(const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "severity"), label(lang, "subject"), label(lang, "code"), label(lang, "message"),
                label(lang, "location")};
    t.align = {Align::left, Align::left, Align::left, Align::left, Align::left};
    for (const auto& f : score.findings) {
        t.rows.push_back({label(lang, std::string("severity.") + to_string(f.severity)), f.subject, f.code, f.message,
                          to_string(f.loc)});
    }
    return t;
}

}  // namespace plankit
