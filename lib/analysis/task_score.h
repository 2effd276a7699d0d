// The score of each task in a year (analysis.md, "Task score"; readings.md items 28–30):
// a leaf from its record (progress over status), a composite from its scored children.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model.h"
#include "progress.h"
#include "weighted_mean.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// Whether a task is due in `year`: effective start <= year <= effective end.
bool due_in(const Task& task, int year);

// How a task's score came about.
enum class TaskBasis {
    not_due,    // not scored: the task is not due in the year
    cancelled,  // not scored: the record says cancelled
    progress,   // 100 · clamp(progress, 0, 1)
    status,     // status_points[status]
    missing,    // missing_task_points: a due leaf without a record
    composite,  // the weighted mean of the scored children (nullopt when none is scored)
};

// Every figure of one task's score in one year.
struct TaskScore {
    bool due = false;
    TaskBasis basis = TaskBasis::not_due;
    // The leaf's record for the year, copied so that the score outlives the records.
    bool has_record = false;
    std::optional<Status> status;
    std::optional<double> progress;
    std::optional<std::string> note;  // the record's note: why a task slipped, in the unit's words
    std::optional<double> score;
    std::vector<WeightedTerm> children;  // composite: the scored children, in task order
};

// The record of each task (by index into plan.tasks) for `year`, or null. Later records
// for the same task and year (which the loader rejects) would be ignored.
std::vector<const TaskRecord*> task_records_for(const PlanGraph& graph, const Progress& progress,
                                                int year);

// Every task's score in `year`, indexed like plan.tasks.
std::vector<TaskScore> score_tasks(const PlanGraph& graph,
                                   const std::vector<const TaskRecord*>& records, int year);

}  // namespace plankit
