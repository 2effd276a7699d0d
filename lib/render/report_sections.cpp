// The sections of the yearly report, in their order, handed to a sink (report_sink.h).
#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "history_writers.h"
#include "joined.h"
#include "number_format.h"
#include "report_markdown.h"
#include "report_sink.h"
#include "score_tables.h"

namespace plankit {
namespace {

using Rows = std::vector<std::vector<ReportCell>>;

// Punctuation differs: Chinese uses full-width colons and parentheses, without spaces.
std::string colon(Lang lang) { return lang == Lang::zh ? "：" : ": "; }
std::string in_parens(const std::string& s, Lang lang) {
    return lang == Lang::zh ? "（" + s + "）" : " (" + s + ")";
}
std::string list_sep(Lang lang) { return lang == Lang::zh ? "、" : ", "; }

// Scores as the score tables show them (score_tables.h), so both reports agree.
std::string score_text(const std::optional<double>& v) { return format_optional(v); }

// `2023 Yearly report` reads "Yearly report 2023" in English and "2023年度评估报告" in Chinese.
std::string report_title(int year, Lang lang) {
    if (lang == Lang::zh) return std::to_string(year) + label(lang, "report.title");
    return label(lang, "report.title") + " " + std::to_string(year);
}

const Task& task_of(const Plan& plan, const TaskRow& row) { return plan.tasks[row.index]; }
const Target& target_of(const Plan& plan, const TargetRow& row) { return plan.targets[row.index]; }

// `公民具备科学素质的比例 `literacy``, with the binding mark when the target is binding.
ReportCell target_name(const Target& t, Lang lang) {
    return {t.name, t.id, t.kind == TargetKind::binding ? in_parens(label(lang, "report.binding"), lang) : ""};
}

std::string measured(double v, const Target& t) {
    std::string out = format_number(v);
    if (t.measure && !t.measure->empty()) out += *t.measure == "%" ? "%" : " " + *t.measure;
    return out;
}

std::string measured(const std::optional<double>& v, const Target& t) {
    return v ? measured(*v, t) : std::string(kNoValue);
}

std::string year_value_text(const YearValue& yv, const Target& t, Lang lang) {
    return measured(yv.value, t) + in_parens(std::to_string(yv.year), lang);
}

// The first milestone in or after the year (shown even when the trend is unknown).
std::optional<YearValue> next_milestone_of(const Target& t, int year) {
    for (const auto& m : t.milestones) {
        if (m.year >= year) return m;
    }
    return std::nullopt;
}

ReportTable table_of(std::vector<std::string> header, Rows rows, std::vector<Align> align = {}) {
    return {std::move(header), std::move(rows), std::move(align)};
}

// ------------------------------------------------------------------ overview

std::string light_counts(const YearScore& s, Lang lang) {
    std::vector<std::string> parts;
    for (Light l : {Light::green, Light::yellow, Light::red, Light::grey}) {
        auto n = std::count_if(s.targets.begin(), s.targets.end(), [l](const TargetRow& r) { return r.score.light == l; });
        if (n > 0) parts.push_back(light_text(l, lang) + " " + std::to_string(n));
    }
    return parts.empty() ? std::string(kNoValue) : joined(parts, " · ");
}

// Targets per progress class, in the classes' order (提前实现 and 已实现 apart).
std::string class_counts(const YearScore& s, Lang lang) {
    std::vector<std::string> parts;
    for (const char* key : {"class.achieved_early", "class.achieved", "class.ahead", "class.as_expected",
                            "class.lagging"}) {
        auto n = std::count_if(s.targets.begin(), s.targets.end(),
                               [key](const TargetRow& r) { return class_key(r.cls) == key; });
        if (n > 0) parts.push_back(label(lang, key) + " " + std::to_string(n));
    }
    return parts.empty() ? std::string(kNoValue) : joined(parts, " · ");
}

// The leaf tasks due (composites carry no report of their own), by reported status.
std::string task_counts(const YearScore& s, Lang lang) {
    std::vector<int> by_status(kStatusCount + 1, 0);  // the last: no report
    int leaves = 0;
    for (const auto& r : s.tasks) {
        if (r.score.basis == TaskBasis::composite) continue;
        ++leaves;
        ++by_status[r.score.status ? static_cast<int>(*r.score.status) : kStatusCount];
    }
    std::vector<std::string> parts;
    for (int i = 0; i <= kStatusCount; ++i) {
        if (by_status[i] == 0) continue;
        std::optional<Status> st;
        if (i < kStatusCount) st = static_cast<Status>(i);
        parts.push_back(status_text(st, lang) + " " + std::to_string(by_status[i]));
    }
    std::string out = std::to_string(leaves);
    if (!parts.empty()) out += in_parens(joined(parts, list_sep(lang)), lang);
    return out;
}

int count_rows(const YearScore& s, bool TaskRow::*flag) {
    return static_cast<int>(std::count_if(s.tasks.begin(), s.tasks.end(), [flag](const TaskRow& r) { return r.*flag; }));
}

int count_targets_at_risk(const YearScore& s) {
    return static_cast<int>(std::count_if(s.targets.begin(), s.targets.end(), [](const auto& r) { return r.at_risk; }));
}

std::string finding_counts(const YearScore& s, Lang lang) {
    std::vector<std::string> parts;
    for (Severity sev : {Severity::error, Severity::warning, Severity::info}) {
        auto n = std::count_if(s.findings.begin(), s.findings.end(), [sev](const GapFinding& f) { return f.severity == sev; });
        if (n > 0) parts.push_back(label(lang, std::string("severity.") + to_string(sev)) + " " + std::to_string(n));
    }
    return parts.empty() ? "0" : joined(parts, list_sep(lang));
}

void overview(ReportSink& out, const Plan& plan, const YearScore& s, Lang lang) {
    out.heading(2, label(lang, "report.overview"));
    std::vector<ReportItem> items;
    auto item = [&items, lang](const std::string& key, const std::string& value, bool strong = false) {
        items.push_back({key + colon(lang) + value, strong});
    };
    item(label(lang, "report.plan_score"), score_with_rating(s.overall.score, s.overall.rating, lang), true);
    if (s.previous) {
        item(label(lang, "previous") + in_parens(std::to_string(s.previous->year), lang),
             score_with_rating(s.previous->score, s.previous->rating, lang));
        std::string change = score_change(s.overall.score, s.previous->score);
        item(label(lang, "change"), change.empty() ? std::string(kNoValue) : change);
    }
    item(label(lang, "report.components"), label(lang, "targets") + " " + score_text(s.overall.targets) +
                                               list_sep(lang) + label(lang, "tasks") + " " +
                                               score_text(s.overall.tasks));
    item(label(lang, "report.target_lights"), light_counts(s, lang));
    item(label(lang, "report.target_classes"), class_counts(s, lang));
    item(label(lang, "report.tasks_due"), task_counts(s, lang));
    // Named and counted as the tables of "What slipped" below name and count them.
    item(label(lang, "report.slipping_tasks"), std::to_string(count_rows(s, &TaskRow::slipping)));
    item(label(lang, "report.tasks_at_risk"), std::to_string(count_rows(s, &TaskRow::at_risk)));
    item(label(lang, "report.targets_at_risk"), std::to_string(count_targets_at_risk(s)));
    item(label(lang, "findings"), finding_counts(s, lang));
    item(label(lang, "report.period"), std::to_string(plan.start) + "–" + std::to_string(plan.end));
    out.list(items);
}

// ------------------------------------------------------------------ targets

void targets_section(ReportSink& out, const Plan& plan, const YearScore& s, Lang lang) {
    out.heading(2, label(lang, "targets"));
    Rows rows;
    for (const auto& r : s.targets) {
        const Target& t = target_of(plan, r);
        rows.push_back({target_name(t, lang), year_value_text(*t.baseline, t, lang), measured(r.score.expected, t),
                        measured(r.score.actual, t), format_optional_percent(r.score.completion),
                        score_text(r.score.score), light_text(r.score.light, lang), class_text(r.cls, lang),
                        yes_no(r.at_risk, lang), r.source.value_or(std::string(kNoValue))});
    }
    if (rows.empty()) return out.paragraph(label(lang, "none"));
    out.table(table_of({label(lang, "target"), label(lang, "baseline"), label(lang, "expected_value"),
                        label(lang, "actual"), label(lang, "completion"), label(lang, "score"), label(lang, "light"),
                        label(lang, "class"), label(lang, "at_risk"), label(lang, "source")},
                       rows,
                       {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right, Align::left,
                        Align::left, Align::left, Align::left}));
    for (const auto& r : s.targets) {
        ScoreTable parts = contribution_table(r, lang);
        if (parts.rows.empty()) continue;
        ReportCell name = target_name(target_of(plan, r), lang);
        name.text = label(lang, "contributions") + colon(lang) + name.text;
        out.heading(3, name);
        out.table(report_table(parts));
    }
    out.heading(3, label(lang, "report.trends"));
    rows.clear();
    for (const auto& r : s.targets) {
        const Target& t = target_of(plan, r);
        const TargetTrend& tr = r.trend;
        auto m = next_milestone_of(t, s.year);
        rows.push_back({target_name(t, lang), trend_text(tr.trend, lang), format_optional(tr.slope),
                        format_optional(tr.required), m ? year_value_text(*m, t, lang) : std::string(kNoValue),
                        measured(tr.projected, t), yes_no(tr.will_meet, lang),
                        measured(r.end.projected, t),
                        yes_no(r.end.will_meet, lang)});
    }
    out.table(table_of({label(lang, "target"), label(lang, "trend"), label(lang, "slope"), label(lang, "required"),
                        label(lang, "report.next_milestone"), label(lang, "projected"), label(lang, "will_meet"),
                        label(lang, "projected_end"), label(lang, "will_meet_end")},
                       rows,
                       {Align::left, Align::left, Align::right, Align::right, Align::right, Align::right, Align::left,
                        Align::right, Align::left}));
}

// ------------------------------------------------------------------ what slipped

// What the task's own milestones say is due in the year, one line each.
std::string due_in_year(const Task& t, int year) {
    std::vector<std::string> texts;
    for (const auto& m : t.milestones) {
        if (m.year == year) texts.push_back(m.text);
    }
    return texts.empty() ? std::string(kNoValue) : joined(texts, "\n");
}

// The note of the task's record (why it slipped, in the unit's words), or `—`.
std::string note_text(const TaskRow& r) { return r.score.note.value_or(std::string(kNoValue)); }

// The targets at risk, each with the slipping or endangered due tasks advancing it.
Rows targets_at_risk(const Plan& plan, const YearScore& s, Lang lang) {
    // One pass over the tasks, not one per target: that would grow as tasks times targets.
    std::unordered_map<std::string_view, std::vector<std::string>> causes;  // by target id
    for (const auto& k : s.tasks) {
        if (!k.slipping && !k.at_risk) continue;
        for (std::size_t target : k.advances) causes[plan.targets[target].id].push_back(k.id);
    }
    static const std::vector<std::string> no_causes;
    Rows targets;
    for (const auto& r : s.targets) {
        if (!r.at_risk) continue;
        const Target& t = target_of(plan, r);
        auto it = causes.find(t.id);
        targets.push_back({target_name(t, lang), light_text(r.score.light, lang),
                           joined(it == causes.end() ? no_causes : it->second, list_sep(lang))});
    }
    return targets;
}

void slipped_section(ReportSink& out, const Plan& plan, const YearScore& s, Lang lang) {
    out.heading(2, label(lang, "report.slipped"));
    Rows slipping, at_risk;
    for (const auto& r : s.tasks) {
        const Task& t = task_of(plan, r);
        if (r.slipping)
            slipping.push_back({t.id, t.title, name_list(r.lead_names, lang), status_text(r.score.status, lang),
                                score_text(r.score.score), due_in_year(t, s.year), note_text(r)});
        if (r.at_risk)
            at_risk.push_back({t.id, t.title, name_list(r.lead_names, lang),
                               r.composite ? std::string(kNoValue) : status_text(r.score.status, lang),
                               joined(r.blocked_by, list_sep(lang)), note_text(r)});
    }
    if (slipping.empty()) return out.paragraph(label(lang, "report.nothing_slipped"));
    out.heading(3, label(lang, "report.slipping_tasks") + in_parens(std::to_string(slipping.size()), lang));
    out.table(table_of({label(lang, "id"), label(lang, "title"), label(lang, "lead"), label(lang, "status"),
                        label(lang, "score"), label(lang, "year_milestones"), label(lang, "note")},
                       slipping,
                       {Align::left, Align::left, Align::left, Align::left, Align::right, Align::left, Align::left}));
    Rows targets = targets_at_risk(plan, s, lang);
    if (at_risk.empty() && targets.empty()) return out.paragraph(label(lang, "report.nothing_at_risk"));
    if (!at_risk.empty()) {
        out.heading(3, label(lang, "report.tasks_at_risk") + in_parens(std::to_string(at_risk.size()), lang));
        out.table(table_of({label(lang, "id"), label(lang, "title"), label(lang, "lead"), label(lang, "status"),
                            label(lang, "blocked_by"), label(lang, "note")},
                           at_risk));
    }
    if (!targets.empty()) {
        out.heading(3, label(lang, "report.targets_at_risk") + in_parens(std::to_string(targets.size()), lang));
        out.table(table_of({label(lang, "target"), label(lang, "light"), label(lang, "report.put_at_risk_by")},
                           targets));
    }
    if (out.risk_picture(plan, s)) out.paragraph(label(lang, "report.risk_note"));
}

// ------------------------------------------------------------------ aggregates

// The table of chapters, goals or units (score_tables.h), in plan order.
void aggregate_section(ReportSink& out, const YearScore& s, const std::vector<AggregateRow>& rows, Lang lang) {
    out.table(report_table(aggregate_table(rows, s.previous.has_value(), lang)));
}

void chapters_section(ReportSink& out, const YearScore& s, Lang lang) {
    out.heading(2, label(lang, "chapters"));
    aggregate_section(out, s, s.chapters, lang);
    out.heading(3, label(lang, "report.status_by_chapter"));
    std::vector<std::string> header = {label(lang, "chapter")};
    const std::vector<AggregateRow> chapters = in_plan_order(s.chapters);
    std::vector<StatusCounts> counts;
    for (const auto& r : chapters) counts.push_back(s.chapter_statuses[r.index]);
    if (!counts.empty()) {
        for (const auto& [key, n] : counts.front().counts) header.push_back(label(lang, key));
    }
    header.push_back(label(lang, "total"));
    Rows rows;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        std::vector<ReportCell> row = {chapters[i].id + " " + chapters[i].title};
        for (const auto& [key, n] : counts[i].counts) row.emplace_back(n == 0 ? "" : std::to_string(n));
        row.emplace_back(std::to_string(counts[i].total));
        rows.push_back(std::move(row));
    }
    std::vector<Align> align(header.size(), Align::right);
    align[0] = Align::left;
    out.table(table_of(header, rows, align));
    out.chapter_chart(chapters, counts);
}

// ------------------------------------------------------------------ charts, tasks, findings

void trajectories_section(ReportSink& out, const Plan& plan, const YearScore& s, Lang lang) {
    if (s.targets.empty()) return;
    out.heading(2, label(lang, "report.trajectories"));
    out.paragraph(label(lang, "report.chart_note"));
    for (const auto& r : s.targets) {
        const Target& t = target_of(plan, r);
        out.heading(3, ReportCell(t.name, t.id));
        if (!out.target_chart(t, r)) out.paragraph(label(lang, "report.no_actuals"));
    }
}

void tasks_section(ReportSink& out, const Plan& plan, const YearScore& s, Lang lang) {
    out.heading(2, label(lang, "report.all_tasks"));
    if (s.tasks.empty()) return out.paragraph(label(lang, "none"));
    Rows rows;
    for (const auto& r : s.tasks) {
        const Task& t = task_of(plan, r);
        const bool composite = r.composite;
        rows.push_back({t.id, t.title, t.eff.chapter.value_or(std::string(kNoValue)), name_list(r.lead_names, lang),
                        composite ? std::string(kNoValue) : status_text(r.score.status, lang),
                        format_optional_percent(r.score.progress, kNoValue, 0), score_text(r.score.score),
                        r.slipping ? label(lang, "yes") : "", r.at_risk ? label(lang, "yes") : ""});
    }
    out.table(table_of({label(lang, "id"), label(lang, "title"), label(lang, "chapter"), label(lang, "lead"),
                        label(lang, "status"), label(lang, "report.progress"), label(lang, "score"),
                        label(lang, "slipping"), label(lang, "at_risk")},
                       rows,
                       {Align::left, Align::left, Align::left, Align::left, Align::left, Align::right, Align::right,
                        Align::left, Align::left}));
}

void findings_section(ReportSink& out, const YearScore& s, Lang lang) {
    out.heading(2, label(lang, "findings"));
    if (s.findings.empty()) return out.paragraph(label(lang, "report.no_findings"));
    out.table(report_table(findings_table(s, lang)));
}

void history_section(ReportSink& out, const History& h, Lang lang) {
    if (h.years.size() < 2) return;
    out.heading(2, label(lang, "history"));
    out.history_chart(h);
    if (!h.targets.empty()) {
        out.heading(3, label(lang, "history.classes"));
        out.table(report_table(history_class_table(h, lang)));
    }
    out.heading(3, label(lang, "history.changes"));
    const int year = h.years.back();
    ScoreTable changes = change_table(h.since_last_year, std::to_string(year - 1), std::to_string(year), lang);
    if (changes.rows.empty()) return out.paragraph(label(lang, "none"));
    out.table(report_table(changes));
}

void scenario_section(ReportSink& out, const YearScore& s, Lang lang) {
    if (!s.scenario) return;
    out.heading(2, label(lang, "scenario.changes"));
    ScoreTable t = scenario_table(*s.scenario, lang);
    if (t.rows.empty()) return out.paragraph(label(lang, "none"));
    out.table(report_table(t));
}

}  // namespace

ReportTable report_table(const ScoreTable& t) {
    ReportTable out{t.header, {}, t.align};
    for (const auto& row : t.rows) out.rows.emplace_back(row.begin(), row.end());
    return out;
}

void write_report_parts(ReportSink& sink, const Plan& plan, const YearScore& score, Lang lang,
                        const std::vector<ReportFileEntry>& files, const History* history) {
    sink.headline(plan, score, report_title(score.year, lang));
    overview(sink, plan, score, lang);
    scenario_section(sink, score, lang);
    if (history) history_section(sink, *history, lang);
    targets_section(sink, plan, score, lang);
    slipped_section(sink, plan, score, lang);
    chapters_section(sink, score, lang);
    sink.heading(2, label(lang, "goals"));
    aggregate_section(sink, score, score.goals, lang);
    sink.heading(2, label(lang, "units"));
    aggregate_section(sink, score, score.units, lang);
    trajectories_section(sink, plan, score, lang);
    tasks_section(sink, plan, score, lang);
    findings_section(sink, score, lang);
    if (!files.empty()) {
        sink.heading(2, label(lang, "report.files"));
        sink.files(files);
    }
}

}  // namespace plankit
