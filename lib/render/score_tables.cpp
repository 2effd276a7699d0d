#include "score_tables.h"

#include <algorithm>

#include "finding_message.h"
#include "joined.h"
#include "number_format.h"
#include "terminal_style.h"

namespace plankit {

std::string yes_no(bool b, Lang lang) { return label(lang, b ? "yes" : "no"); }

std::string yes_no(const std::optional<bool>& b, Lang lang) { return b ? yes_no(*b, lang) : std::string(kNoValue); }

namespace {


std::string status_word(const TaskRow& t, Lang lang) {
    return t.score.status ? label(lang, std::string("status.") + to_string(*t.score.status))
                          : label(lang, "status.none");
}

std::string list_sep(Lang lang) { return lang == Lang::zh ? "、" : ", "; }

}  // namespace

std::string class_text(const ClassOf& c, Lang lang) {
    std::string key = class_key(c);
    return key.empty() ? std::string(kNoValue) : label(lang, key);
}

std::string score_with_rating(const std::optional<double>& score, const std::optional<std::string>& rating,
                              Lang lang) {
    if (!score) return std::string(kNoValue);
    if (!rating) return format_number(*score);
    return format_number(*score) + (lang == Lang::zh ? "（" + *rating + "）" : " (" + *rating + ")");
}

std::string score_change(const std::optional<double>& now, const std::optional<double>& before) {
    if (!now || !before) return "";
    std::string text = format_number(*now - *before);
    return text.front() == '-' || text == "0" ? text : "+" + text;
}

std::string name_list(const std::vector<std::string>& names, Lang lang) {
    return names.empty() ? std::string(kNoValue) : joined(names, list_sep(lang));
}

std::vector<AggregateRow> in_plan_order(std::vector<AggregateRow> rows) {
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AggregateRow& a, const AggregateRow& b) { return a.index < b.index; });
    return rows;
}

ScoreTable aggregate_table(const std::vector<AggregateRow>& rows, bool with_change, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "id"), label(lang, "title"), label(lang, "score"), label(lang, "rating"),
                label(lang, "targets"), label(lang, "tasks")};
    t.align = {Align::left, Align::left, Align::right, Align::left, Align::right, Align::right};
    t.prose = {false, true, false, false, false, false};
    if (with_change) {
        t.header.push_back(label(lang, "change"));
        t.align.push_back(Align::right);
        t.prose.push_back(false);
    }
    for (const auto& r : in_plan_order(rows)) {
        const auto& a = r.aggregate;
        std::vector<std::string> row{r.id, r.title, format_optional(a.score), a.rating.value_or(std::string(kNoValue)),
                                     format_optional(a.targets), format_optional(a.tasks)};
        if (with_change) {
            std::string change = score_change(a.score, r.previous_score);
            row.push_back(change.empty() ? std::string(kNoValue) : change);
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

ScoreTable target_table(const Plan& plan, const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "id"),     label(lang, "name"),       label(lang, "light"), label(lang, "class"),
                label(lang, "expected_value"), label(lang, "actual"), label(lang, "completion"),
                label(lang, "score"), label(lang, "at_risk"), label(lang, "source")};
    t.align = {Align::left,  Align::left,  Align::left,  Align::left, Align::right,
               Align::right, Align::right, Align::right, Align::left, Align::left};
    t.prose = {false, true, false, false, false, false, false, false, false, true};
    for (const auto& r : score.targets) {
        t.rows.push_back({r.id, plan.targets[r.index].name, light_tag(to_string(r.score.light), lang, false),
                          class_text(r.cls, lang), format_number(r.score.expected), format_optional(r.score.actual),
                          format_optional_percent(r.score.completion), format_optional(r.score.score),
                          yes_no(r.at_risk, lang), r.source.value_or("")});
    }
    return t;
}

ScoreTable contribution_table(const TargetRow& row, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "unit"), label(lang, "name"), label(lang, "allocation"), label(lang, "contribution")};
    t.align = {Align::left, Align::left, Align::right, Align::right};
    t.prose = {false, true, false, false};
    for (const auto& s : row.shares)
        t.rows.push_back({s.unit, s.name, format_optional(s.allocation), format_optional(s.contribution)});
    return t;
}

ScoreTable trend_table(const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "id"),        label(lang, "trend"),     label(lang, "slope"),
                label(lang, "required"),  label(lang, "projected"), label(lang, "will_meet"),
                label(lang, "projected_end"), label(lang, "will_meet_end")};
    t.align = {Align::left, Align::left, Align::right, Align::right, Align::right, Align::left, Align::right, Align::left};
    t.prose = {false, false, false, false, false, false, false, false};
    for (const auto& r : score.targets) {
        const auto& tr = r.trend;
        t.rows.push_back({r.id, label(lang, std::string("trend.") + to_string(tr.trend)), format_optional(tr.slope),
                          format_optional(tr.required), format_optional(tr.projected),
                          yes_no(tr.will_meet, lang),
                          format_optional(r.end.projected),
                          yes_no(r.end.will_meet, lang)});
    }
    return t;
}

ScoreTable slipping_table(const Plan& plan, const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "task"),   label(lang, "title"), label(lang, "lead"),
                label(lang, "status"), label(lang, "score"), label(lang, "puts_at_risk"), label(lang, "note")};
    t.align = {Align::left, Align::left, Align::left, Align::left, Align::right, Align::left, Align::left};
    t.prose = {false, true, true, false, false, false, true};
    for (const auto& r : score.tasks) {
        if (!r.slipping) continue;
        const Task& task = plan.tasks[r.index];
        t.rows.push_back({r.id, task.title, name_list(r.lead_names, lang), status_word(r, lang),
                          format_optional(r.score.score), joined(r.puts_at_risk, ", "), r.score.note.value_or("")});
    }
    return t;
}

ScoreTable at_risk_table(const Plan& plan, const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "task"), label(lang, "title"), label(lang, "status"), label(lang, "blocked_by"),
                label(lang, "note")};
    t.align = {Align::left, Align::left, Align::left, Align::left, Align::left};
    t.prose = {false, true, false, false, true};
    for (const auto& r : score.tasks) {
        if (!r.at_risk) continue;
        // A composite has no report of its own: its status is its subtasks'.
        std::string status = r.composite ? std::string(kNoValue) : status_word(r, lang);
        t.rows.push_back({r.id, plan.tasks[r.index].title, status, joined(r.blocked_by, ", "), r.score.note.value_or("")});
    }
    return t;
}

ScoreTable findings_table(const YearScore& score, Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "severity"), label(lang, "subject"), label(lang, "code"), label(lang, "message"),
                label(lang, "location")};
    t.align = {Align::left, Align::left, Align::left, Align::left, Align::left};
    t.prose = {false, false, false, true, false};
    for (const auto& f : score.findings) {
        t.rows.push_back({label(lang, std::string("severity.") + to_string(f.severity)), f.subject, f.code,
                          finding_message(f, lang),
                          f.loc.known() ? to_string(f.loc) : std::string(kNoValue)});
    }
    return t;
}

namespace {

// A value that moved, in the reader's words: flags yes/no, lights, classes and statuses
// in the output language, numbers as in tables, ratings as the plan names them.
std::string change_text(const std::string& field, const ChangeValue& v, bool early, Lang lang) {
    if (auto* b = std::get_if<bool>(&v)) return yes_no(*b, lang);
    if (auto* d = std::get_if<double>(&v)) return format_number(*d);
    auto* s = std::get_if<std::string>(&v);
    if (!s) return std::string(kNoValue);
    if (field == "class") return class_text({parse_class(*s), early}, lang);
    if (field == "light" || field == "status") {
        const std::string key = field + "." + *s;
        if (has_label(key)) return label(lang, key);
    }
    return *s;
}

}  // namespace

std::string scenario_banner(const Scenario& s, Lang lang) {
    std::vector<std::string> assumed;
    for (const auto& a : s.assumptions) assumed.push_back(a.subject + "=" + a.value);
    std::string text = label(lang, "scenario.banner");
    const std::string what = joined(assumed, list_sep(lang));
    const std::string actual = score_with_rating(s.actual_score, s.actual_rating, lang);
    text.replace(text.find("{0}"), 3, what);
    text.replace(text.find("{1}"), 3, actual);
    return text;
}

ScoreTable scenario_table(const Scenario& s, Lang lang) {
    return change_table(s.changes, label(lang, "scenario.from"), label(lang, "scenario.to"), lang);
}

ScoreTable change_table(const std::vector<ScenarioChange>& changes, const std::string& from, const std::string& to,
                        Lang lang) {
    ScoreTable t;
    t.header = {label(lang, "subject"), label(lang, "field"), from, to};
    t.align = {Align::left, Align::left, Align::right, Align::right};
    t.prose = {false, false, false, false};
    for (const auto& c : changes)
        t.rows.push_back({c.subject, label(lang, c.field), change_text(c.field, c.from, c.from_early, lang),
                          change_text(c.field, c.to, c.to_early, lang)});
    return t;
}

}  // namespace plankit
