// The fill-in forms of a year (cycle.md, "Forms"): for each unit, what it reports: the
// leaf tasks due that it leads first, the targets scored that it owns, and its
// contribution to each scored target of which it holds an allocation. A report model of
// ids and values; the form writers render it as CSV, YAML or a workbook.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model.h"

namespace plankit {

class PlanGraph;

enum class FormRowKind { target, contribution, task };

// One row of a form: the record a unit is asked for, with what it needs to fill it in.
struct FormRow {
    FormRowKind kind = FormRowKind::task;
    std::string id;
    std::string title;                     // the task's title or the target's name
    std::optional<std::string> milestone;  // a task's milestone texts for the year, joined
    std::optional<std::string> measure;    // a target's measure
    std::optional<double> baseline;        // a target's baseline value
    std::optional<double> expected;        // the year's expected value; for a contribution, the unit's allocation
};

// One unit's form.
struct UnitForm {
    std::string unit;  // its id
    std::string name;
    std::vector<FormRow> rows;  // targets, then contributions (plan order), then tasks (task order)
};

struct Forms {
    std::string plan_id;
    std::string plan_title;
    int year = 0;
    std::vector<UnitForm> units;  // plan order; only units with something to report
};

// The forms of `year`; only those of `units` when it is not empty.
Forms make_forms(const PlanGraph& graph, int year, const std::set<std::string>& units = {});

}  // namespace plankit
