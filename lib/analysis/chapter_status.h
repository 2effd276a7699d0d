// How the tasks due in a year stand, chapter by chapter: the counts the report's table
// and pies show, counted once here so that no writer walks the task tree.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "model.h"
#include "task_score.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// How many tasks due in the year have each status, with "no report" last.
struct StatusCounts {
    std::vector<std::pair<std::string, int>> counts;  // status code (`status.done`, …), count
    int total = 0;
};

// For each chapter (by index into plan.chapters), the status counts of the leaf tasks due
// in the year under its top-level tasks: each leaf once; composites are counted through
// their subtasks, which carry the reports. `scores` is by task index.
std::vector<StatusCounts> chapter_status_counts(const PlanGraph& graph, const std::vector<TaskScore>& scores);

}  // namespace plankit
