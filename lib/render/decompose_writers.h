// The renderings of a decomposition: aligned text for the terminal, Markdown to paste into
// a document, CSV (one table) for spreadsheets and JSON for machines (readings.md item 65).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "decomposition.h"
#include "labels.h"

namespace plankit {

// The three tables of `decompose`, for choosing the one a CSV file holds.
enum class DecomposeView { matrix, workplans, targets };

// How the text tables are laid out: a width budget in columns (0: none) and colour.
struct DecomposeTextLayout {
    std::size_t width = 120;
    bool color = false;
};

// Each table present, under its heading; long titles are cut with `…` to fit the width.
std::string decompose_to_text(const Decomposition& d, Lang lang, const DecomposeTextLayout& layout = {});

// The plan's title, then a section per table and a table per unit and year.
std::string decompose_to_markdown(const Decomposition& d, Lang lang);

// One table (a CSV file holds one), headed and worded as csv_columns.h says, with the
// units' names beside their ids.
std::string decompose_to_csv(const Decomposition& d, DecomposeView view, Lang lang);

// `{"plan", "matrix", "workplans", "targets"}`, each key only when its table is present.
std::string decompose_to_json(const Decomposition& d);

// The heading of one unit's work plan for a year: `科学技术普及部 2023年度工作计划`,
// `Outreach Department: annual work plan 2023`.
std::string workplan_heading(const Decomposition& d, const Workplan& wp, Lang lang);

// The words for a unit's role in `lang` (label `role.lead`, `role.support`), looked up
// once for a whole table: a label lookup per row costs more than the row.
class RoleWords {
public:
    explicit RoleWords(Lang lang);
    const std::string& of(TaskRole role) const { return role == TaskRole::lead ? lead_ : support_; }

private:
    std::string lead_, support_;
};

// The work plans in the order people read them: units as the plan lists them, each unit's
// years ascending (the JSON keeps the order of readings.md item 65, by unit id).
std::vector<const Workplan*> workplans_in_plan_order(const std::vector<Workplan>& plans);

// A unit's name, or its id when the plan does not name it.
std::string unit_name(const Decomposition& d, const std::string& unit);

// Unit names joined as people list them: `、` in Chinese, `, ` in English.
std::string unit_list(const Decomposition& d, const std::vector<std::string>& units, Lang lang);

// A held allocation's value with the target's measure: `8 个`, `12.5%`, `3`.
std::string held_value(const HeldAllocation& a);

// `2021–2025`, or `2023` for a task of one year.
std::string years_text(int start, int end);

// `10.2 (2020)`, or `—` without a baseline.
std::string baseline_text(const TargetDecomposition& t);

// Every year any of the targets lists an expected value for, ascending: the columns of
// a trajectory table (the vision year only when some target has a milestone there).
std::vector<int> year_columns(const std::vector<TargetDecomposition>& targets);

// A target's expected value in a year as shown (`—` when none), or "" when the target
// lists no value for that year.
std::string expected_text(const TargetDecomposition& t, int year);

}  // namespace plankit
