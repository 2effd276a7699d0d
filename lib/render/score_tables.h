// The tables of a year's score as rows of display text, shared by the terminal report
// (score_writer_text.cpp) and the Markdown report (report_markdown.cpp) so that both show
// the same figures rounded the same way, and list things in the same order.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "labels.h"
#include "model.h"
#include "text_table.h"
#include "year_score.h"

namespace plankit {

// A table as words: heading row, alignments and rows of cells. `prose` marks the columns
// of names, titles and messages, which a terminal wraps rather than cuts.
struct ScoreTable {
    std::vector<std::string> header;
    std::vector<Align> align;
    std::vector<bool> prose;
    std::vector<std::vector<std::string>> rows;
};

// `68.46 (pass)` (`68.46（合格）` in Chinese), or `—` without a score.
std::string score_with_rating(const std::optional<double>& score, const std::optional<std::string>& rating, Lang lang);
// `+3.21` / `-0.5` / `0`, or "" when either side has no value.
std::string score_change(const std::optional<double>& now, const std::optional<double>& before);
// `yes` / `no` (是 / 否), and `—` for a question without an answer (a will-meet that
// cannot be projected).
std::string yes_no(bool b, Lang lang);
std::string yes_no(const std::optional<bool>& b, Lang lang);

// A target's progress class in the reader's words (提前实现, 快于预期, …), or — when grey.
std::string class_text(const ClassOf& c, Lang lang);

// Names (of units, as a task row carries them), joined as the language lists things
// (`办公室、战略发展部`, `Office, Strategy`); `—` when there is none.
std::string name_list(const std::vector<std::string>& names, Lang lang);

// Chapters, goals or units in the order the plan lists them (chapters as the document
// numbers them: ch3 … ch12), not by id as in the JSON: a reader follows the document.
std::vector<AggregateRow> in_plan_order(std::vector<AggregateRow> rows);

// Chapters, goals or units in plan order: id, title, score, rating, targets, tasks (and
// change when there is a previous year).
ScoreTable aggregate_table(const std::vector<AggregateRow>& rows, bool with_change, Lang lang);
// Targets: id, name, light (symbol and word), expected, actual, completion, score, at risk,
// and the source the unit gave for the actual. The light is column kTargetLightColumn.
ScoreTable target_table(const Plan& plan, const YearScore& score, Lang lang);
inline constexpr std::size_t kTargetLightColumn = 2;
// Each target's trend: id, trend class, slope, required slope, projected value at the next
// milestone, and whether it will meet it.
ScoreTable trend_table(const YearScore& score, Lang lang);

// A target's allocated units with their allocations and their own parts in the year
// (cycle.md, "Contributions"); no rows for a target without contributions.
ScoreTable contribution_table(const TargetRow& row, Lang lang);
// Tasks that slipped: id, title, lead, status, score, the due tasks each puts at risk, and
// the note of its record (why it slipped, in the unit's words).
ScoreTable slipping_table(const Plan& plan, const YearScore& score, Lang lang);
// Tasks at risk: id, title, status, blocked by, note.
ScoreTable at_risk_table(const Plan& plan, const YearScore& score, Lang lang);
// Findings: severity, subject, code, message, location.
ScoreTable findings_table(const YearScore& score, Lang lang);

// The line that marks a scenario (情景推演), naming its assumptions and the evaluation's score.
std::string scenario_banner(const Scenario& s, Lang lang);

// What moved from the evaluation to the scenario: subject, field, before, after.
ScoreTable scenario_table(const Scenario& s, Lang lang);

// Figures and flags that moved, under the headings `from` and `to`, in the reader's words.
ScoreTable change_table(const std::vector<ScenarioChange>& changes, const std::string& from, const std::string& to,
                        Lang lang);

}  // namespace plankit
