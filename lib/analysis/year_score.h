// The report model of `score` (analysis.md, "Yearly score for year Y"; readings.md
// section E): every figure of a year's score, with what each was made from, ready for
// the text, Markdown, CSV and JSON writers and for `explain`.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "aggregates.h"
#include "chapter_status.h"
#include "contributions.h"
#include "gap_finding.h"
#include "model.h"
#include "progress.h"
#include "progress_class.h"
#include "scenario.h"
#include "target_score.h"
#include "target_trend.h"
#include "task_score.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// One target scored in the year, or in its scoring window without an actual (grey).
struct TargetRow {
    std::size_t index = 0;  // into plan.targets
    std::string id;
    TargetScore score;
    TargetTrend trend;
    bool at_risk = false;
    ClassOf cls;       // the progress class (cycle.md); none when grey
    EndOfPeriod end;   // the trend carried on to the period-end milestone
    std::vector<UnitShare> shares;  // with contributions in the year: every allocated unit's part
    bool summed = false;            // the actual is the sum of the contributions (no record)
    // The expected value in each year of trend.points, what the report's chart draws
    // against the actuals (the point's own value where the trajectory gives none).
    std::vector<double> chart_expected;
    // The year's record's `source` and `note`, shown beside the actual (none when summed).
    std::optional<std::string> source, note;
};

// One task due in the year.
struct TaskRow {
    std::size_t index = 0;  // into plan.tasks
    std::string id;
    TaskScore score;  // score.status: the reported status, nullopt without a record
    bool composite = false;  // has subtasks: its score is theirs, it reports no status itself
    std::vector<std::string> lead_names;  // its lead units' names (the id where the plan has none)
    bool slipping = false;
    bool at_risk = false;
    std::vector<std::string> blocked_by;  // in task order; empty unless at_risk
    std::vector<std::size_t> blocked_by_tasks;  // the same tasks, as indices into plan.tasks
    std::vector<std::size_t> advances;  // the targets it advances, indices into plan.targets, ascending
    std::vector<std::string> puts_at_risk;  // due tasks whose blocked_by names this one, in task order
};

// One chapter, goal or unit with its aggregate and, when scored, last year's score.
struct AggregateRow {
    std::size_t index = 0;  // into plan.chapters / goals / units
    std::string id;
    std::string title;  // the chapter's or goal's title, the unit's name
    AggregateScore aggregate;
    std::optional<double> previous_score;
    std::optional<std::string> previous_rating;
};

// The plan's score in Y − 1, given when there are records for that year.
struct PreviousScore {
    int year = 0;
    std::optional<double> score;
    std::optional<std::string> rating;
};

// Everything `score` reports for one plan and year.
struct YearScore {
    std::string plan;
    std::string title;
    int year = 0;
    AggregateScore overall;  // the plan aggregate
    std::vector<TargetRow> targets;  // by id
    std::vector<TaskRow> tasks;      // every task due in the year, in task order
    std::vector<AggregateRow> chapters, goals, units;  // each by id, all of them
    std::vector<StatusCounts> chapter_statuses;  // by index into plan.chapters; empty unless in full
    std::vector<GapFinding> findings;  // missing-data, binding-target-missed, missing-report; sorted
    std::optional<PreviousScore> previous;
    std::optional<Scenario> scenario;  // set when the year is a what-if scenario (`--assume`)
    std::optional<std::string> evaluated;  // the evaluation date: see evaluation_date
};

// The actual values of each target (by index into plan.targets), by year.
std::vector<std::map<int, double>> target_actuals(const PlanGraph& graph, const Progress& progress);

// Whether any record (target or task) is for `year`.
bool has_records_for(const Progress& progress, int year);

// The date a year's evaluation is dated: the latest `submitted` date among the records for
// `year` (ISO dates, compared as text), nullopt when none gives one. Taken from the input,
// never from the clock, so that the same input gives the same report.
std::optional<std::string> evaluation_date(const Progress& progress, int year);

// The year's score, dated by evaluation_date; adds `previous` and each aggregate's previous score when there are
// records for year − 1.
YearScore score_year(const PlanGraph& graph, const Progress& progress, int year);

// Each year from `from` to `to` as `score_year` scores it (the same records and rules),
// from one set of actuals: the aggregates and each scored target's score, light and class;
// no task rows, trends or findings (`plankit history`, cycle.md "History").
std::vector<YearScore> score_years(const PlanGraph& graph, const Progress& progress, int from, int to);

// The latest year any record names, or nullopt without records.
std::optional<int> latest_record_year(const Progress& progress);

// The year scored with `assumed` made (cycle.md, "Scenarios"), carrying the scenario: the
// assumptions, the evaluation's own plan score and rating, and every figure and flag that
// moved from the evaluation to the scenario.
YearScore score_scenario(const PlanGraph& graph, const Progress& progress, int year,
                         std::vector<Assumption> assumed);

// Whether an evaluation fails (readings.md item 58): a score finding at or above
// `fail_on` (nullopt: never), or a plan score below `fail_below` or without a value.
bool evaluation_fails(const YearScore& score, std::optional<Severity> fail_on,
                      std::optional<double> fail_below);

}  // namespace plankit
