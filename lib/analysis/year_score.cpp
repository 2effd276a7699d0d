#include "year_score.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>


#include "at_risk.h"
#include "contributions.h"
#include "figures.h"
#include "finding_order.h"
#include "plan_graph.h"
#include "trajectory.h"

namespace plankit {
namespace {

GapFinding missing_data(const Target& t, int year) {
    return {"missing-data", Severity::warning, "target:" + t.id,
            {FindingArg::of_text("target", t.id), FindingArg::of_whole("year", year)}, t.loc};
}

GapFinding binding_missed(const Target& t, const TargetScore& s) {
    return {"binding-target-missed", Severity::error, "target:" + t.id,
            {FindingArg::of_text("target", t.id), FindingArg::of_whole("year", s.year),
             FindingArg::of_exact("actual", *s.actual), FindingArg::of_exact("expected", s.expected)},
            t.loc};
}

GapFinding missing_report(const Task& t, int year) {
    return {"missing-report", Severity::warning, "task:" + t.id,
            {FindingArg::of_text("task", t.id), FindingArg::of_whole("year", year)}, t.loc};
}

// Readings.md item 79: a year that nobody reported on is missing data, not a year in
// which nothing was done; the plan is the subject, and there is no place in a file.
GapFinding no_records_for_year(const Plan& plan, int year) {
    return {"no-records-for-year", Severity::warning, "plan:" + plan.id, {FindingArg::of_whole("year", year)}, {}};
}

GapFinding outside_period(const Plan& plan, int year) {
    return {"outside-period", Severity::warning, "plan:" + plan.id,
            {FindingArg::of_whole("year", year), FindingArg::of_whole("start", plan.start),
             FindingArg::of_whole("end", plan.end)},
            {}};
}

// Each scored target's contributions in the year: the units' parts beside their
// allocations, and what is missing or does not add up.
void add_contributions(const PlanGraph& graph, const Progress& progress, int year, YearScore& out) {
    if (progress.contributions.empty()) return;
    TargetContributions contributions(graph, progress);
    for (auto& row : out.targets) {
        std::optional<double> recorded;
        for (const auto& r : progress.targets)
            if (r.year == year && r.id == row.id) recorded = r.value;
        for (auto& f : contribution_findings(graph, contributions, row.index, year, recorded))
            out.findings.push_back(std::move(f));
        row.shares = unit_shares(graph, contributions, row.index, year);
        row.summed = !recorded && contributions.sum(row.index, year).has_value();
    }
}

// Each target's record for the year lends its row the source and note the unit gave.
void add_record_texts(const Progress& progress, int year, YearScore& out) {
    std::unordered_map<std::string_view, TargetRow*> row_of;
    for (auto& row : out.targets) row_of.emplace(row.id, &row);
    for (const auto& r : progress.targets) {
        if (r.year != year) continue;
        auto it = row_of.find(r.id);
        if (it == row_of.end()) continue;  // a second record for the year is an input error
        it->second->source = r.source;
        it->second->note = r.note;
    }
}

// Indices of `items` sorted by id (plain code-point order).
template <class T>
std::vector<std::size_t> by_id(const std::vector<T>& items) {
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].id < items[b].id; });
    return order;
}

// What a year is scored for: the year asked for, with every row and finding; the year
// before it, of which only the aggregates are shown (beside this year's); or a year of a
// history, which shows the aggregates and each target's score and class.
enum class Detail { full, aggregates, history };

void add_targets(const PlanGraph& graph, const std::vector<std::map<int, double>>& actuals, int year,
                 Detail detail, ScoredItems& items, YearScore& out) {
    const Plan& plan = graph.plan();
    items.targets.assign(plan.targets.size(), std::nullopt);
    for (std::size_t i : by_id(plan.targets)) {
        const Target& t = plan.targets[i];
        std::optional<double> actual;
        if (auto it = actuals[i].find(year); it != actuals[i].end()) actual = it->second;
        auto s = score_target(t, plan.scoring, year, actual);
        if (!s) continue;
        items.targets[i] = *s;
        if (detail == Detail::aggregates) continue;
        auto end = period_end_milestone(t, plan.end);
        if (detail == Detail::history) {
            out.targets.push_back({i, t.id, *s, {}, false, class_of(t, *s, end), {}, {}, false, {}, {}, {}});
            continue;
        }
        if (!actual) out.findings.push_back(missing_data(t, year));
        if (s->binding_missed) out.findings.push_back(binding_missed(t, *s));
        TargetTrend trend = target_trend(t, year, actuals[i]);
        EndOfPeriod to_end = end_of_period(t, trend, end);
        std::vector<double> chart_expected;
        for (const auto& p : trend.points) chart_expected.push_back(expected_value(t, p.year).value_or(p.value));
        out.targets.push_back({i, t.id, *s, std::move(trend), false, class_of(t, *s, end), std::move(to_end), {},
                               false, std::move(chart_expected), {}, {}});
    }
}

// The other side of blocked_by, in one pass over every list: each row learns the due tasks
// it puts at risk, in task order.
void add_puts_at_risk(const Plan& plan, const RiskReport& risks, std::vector<TaskRow>& rows) {
    std::vector<TaskRow*> row_of(plan.tasks.size(), nullptr);
    for (auto& row : rows) row_of[row.index] = &row;
    for (const auto& row : rows) {
        // blocked_by names each task once, so each row is listed once under it.
        for (std::size_t b : risks.blocked_by[row.index])
            if (row_of[b]) row_of[b]->puts_at_risk.push_back(row.id);  // only due tasks have rows
    }
}

void add_tasks(const PlanGraph& graph, const Progress& progress, int year, Detail detail,
               ScoredItems& items, YearScore& out) {
    const Plan& plan = graph.plan();
    items.tasks = score_tasks(graph, task_records_for(graph, progress, year), year);
    if (detail != Detail::full) return;  // risks and rows are not shown
    RiskReport risks = find_risks(graph, items.tasks);
    for (std::size_t i : graph.tasks_in_order()) {
        const TaskScore& s = items.tasks[i];
        if (!s.due) continue;
        if (s.basis == TaskBasis::missing) out.findings.push_back(missing_report(plan.tasks[i], year));
        TaskRow row{i, plan.tasks[i].id, s, graph.composite(i), {}, risks.slipping[i], risks.at_risk[i], {}, {}, {}, {}};
        for (const auto& id : plan.tasks[i].eff.lead) {
            auto u = graph.unit_index(id);
            row.lead_names.push_back(u ? plan.units[*u].name : id);
        }
        for (std::size_t b : risks.blocked_by[i]) row.blocked_by.push_back(plan.tasks[b].id);
        row.blocked_by_tasks = risks.blocked_by[i];
        graph.each_out(graph.vertex_of(NodeKind::task, i), EdgeType::advances,
                       [&](Vertex target) { row.advances.push_back(graph.node(target).index); });
        std::sort(row.advances.begin(), row.advances.end());
        row.advances.erase(std::unique(row.advances.begin(), row.advances.end()), row.advances.end());
        out.tasks.push_back(std::move(row));
    }
    add_puts_at_risk(plan, risks, out.tasks);
    for (auto& row : out.targets) row.at_risk = risks.target_at_risk[row.index];
}

template <class T, class Title, class Aggregate>
std::vector<AggregateRow> aggregate_rows(const std::vector<T>& items, Title title, Aggregate aggregate) {
    std::vector<AggregateRow> rows;
    for (std::size_t i : by_id(items)) rows.push_back({i, items[i].id, title(items[i]), aggregate(i), {}, {}});
    return rows;
}

// Everything but `previous`: the year's own figures (only the aggregates, as `detail` says).
YearScore score_one_year(const PlanGraph& graph, const Progress& progress,
                         const std::vector<std::map<int, double>>& actuals, int year,
                         Detail detail) {
    const Plan& plan = graph.plan();
    YearScore out;
    out.plan = plan.id;
    out.title = plan.title;
    out.year = year;
    ScoredItems items;
    add_targets(graph, actuals, year, detail, items, out);
    add_tasks(graph, progress, year, detail, items, out);
    if (detail == Detail::full) out.chapter_statuses = chapter_status_counts(graph, items.tasks);
    out.overall = plan_aggregate(graph, items);
    out.chapters = aggregate_rows(
        plan.chapters, [](const Chapter& c) { return c.title; },
        [&](std::size_t i) { return chapter_aggregate(graph, items, i); });
    out.goals = aggregate_rows(
        plan.goals, [](const Goal& g) { return g.title; },
        [&](std::size_t i) { return goal_aggregate(graph, items, i); });
    out.units = aggregate_rows(
        plan.units, [](const Unit& u) { return u.name; },
        [&](std::size_t i) { return unit_aggregate(graph, items, i); });
    sort_findings(out.findings);
    return out;
}

void carry_previous(std::vector<AggregateRow>& rows, const std::vector<AggregateRow>& before) {
    for (std::size_t k = 0; k < rows.size() && k < before.size(); ++k) {
        rows[k].previous_score = before[k].aggregate.score;
        rows[k].previous_rating = before[k].aggregate.rating;
    }
}

}  // namespace

std::vector<std::map<int, double>> target_actuals(const PlanGraph& graph, const Progress& progress) {
    std::vector<std::map<int, double>> actuals(graph.plan().targets.size());
    for (const auto& r : progress.targets) {
        if (auto ix = graph.target_index(r.id)) actuals[*ix].emplace(r.year, r.value);  // first record wins
    }
    if (progress.contributions.empty()) return actuals;
    // Without a record of the total, a year's actual is the sum of its contributions, in
    // every year, so that the trend runs over the sums too (cycle.md, "Contributions").
    TargetContributions contributions(graph, progress);
    for (std::size_t i = 0; i < actuals.size(); ++i)
        for (const auto& [year, sum] : contributions.sums(i)) actuals[i].emplace(year, sum);  // a record stays
    return actuals;
}

bool has_records_for(const Progress& progress, int year) {
    auto in_year = [year](const auto& r) { return r.year == year; };
    return std::any_of(progress.targets.begin(), progress.targets.end(), in_year) ||
           std::any_of(progress.tasks.begin(), progress.tasks.end(), in_year) ||
           std::any_of(progress.contributions.begin(), progress.contributions.end(), in_year);
}

std::optional<std::string> evaluation_date(const Progress& progress, int year) {
    std::optional<std::string> latest;
    auto see = [&latest, year](const auto& r) {
        if (r.year == year && r.submitted && (!latest || *latest < *r.submitted)) latest = r.submitted;
    };
    for (const auto& r : progress.targets) see(r);
    for (const auto& r : progress.tasks) see(r);
    for (const auto& r : progress.contributions) see(r);
    return latest;
}

YearScore score_year(const PlanGraph& graph, const Progress& progress, int year) {
    auto actuals = target_actuals(graph, progress);
    YearScore out = score_one_year(graph, progress, actuals, year, Detail::full);
    out.evaluated = evaluation_date(progress, year);
    const Plan& plan = graph.plan();
    if (!has_records_for(progress, year)) out.findings.push_back(no_records_for_year(plan, year));
    if (year < plan.start || plan.end < year) out.findings.push_back(outside_period(plan, year));
    add_contributions(graph, progress, year, out);
    add_record_texts(progress, year, out);
    sort_findings(out.findings);
    if (has_records_for(progress, year - 1)) {
        YearScore before = score_one_year(graph, progress, actuals, year - 1, Detail::aggregates);
        out.previous = PreviousScore{before.year, before.overall.score, before.overall.rating};
        carry_previous(out.chapters, before.chapters);
        carry_previous(out.goals, before.goals);
        carry_previous(out.units, before.units);
    }
    return out;
}

std::vector<YearScore> score_years(const PlanGraph& graph, const Progress& progress, int from, int to) {
    auto actuals = target_actuals(graph, progress);
    std::vector<YearScore> years;
    for (int year = from; year <= to; ++year)
        years.push_back(score_one_year(graph, progress, actuals, year, Detail::history));
    return years;
}

std::optional<int> latest_record_year(const Progress& progress) {
    std::optional<int> latest;
    auto see = [&latest](int year) { if (!latest || *latest < year) latest = year; };
    for (const auto& r : progress.targets) see(r.year);
    for (const auto& r : progress.tasks) see(r.year);
    return latest;
}

bool evaluation_fails(const YearScore& score, std::optional<Severity> fail_on,
                      std::optional<double> fail_below) {
    if (any_at_or_above(score.findings, fail_on)) return true;
    if (!fail_below) return false;
    return !score.overall.score || figures::below(*score.overall.score, *fail_below);
}

}  // namespace plankit
