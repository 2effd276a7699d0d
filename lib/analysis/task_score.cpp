#include "task_score.h"

#include "plan_graph.h"

#include <algorithm>
#include <utility>

namespace plankit {
namespace {

// Task indices so that every subtask comes before its parent (an explicit-stack
// post-order from the top-level tasks, so that deep nesting cannot exhaust the stack).
std::vector<std::size_t> children_first(const PlanGraph& graph) {
    const std::size_t n = graph.plan().tasks.size();
    std::vector<std::size_t> order;
    order.reserve(n);
    std::vector<bool> seen(n, false);
    struct Frame {
        std::size_t task;
        std::vector<std::size_t> kids;
        std::size_t next = 0;
    };
    std::vector<Frame> stack;  // one for all roots
    for (std::size_t root : graph.tasks_in_order()) {
        if (!graph.top_level(root)) continue;
        stack.push_back({root, graph.children(root)});
        seen[root] = true;
        while (!stack.empty()) {
            Frame& top = stack.back();
            if (top.next < top.kids.size()) {
                std::size_t child = top.kids[top.next++];
                if (!seen[child]) {
                    seen[child] = true;
                    stack.push_back({child, graph.children(child)});  // `top` is not used after this
                }
                continue;
            }
            order.push_back(top.task);
            stack.pop_back();
        }
    }
    for (std::size_t i = 0; i < n; ++i) {  // only tasks of a parent loop, which a loaded plan lacks
        if (!seen[i]) order.push_back(i);
    }
    return order;
}

TaskScore score_leaf(const Scoring& scoring, const TaskRecord* record) {
    TaskScore s;
    s.due = true;
    if (record) {
        s.has_record = true;
        s.status = record->status;
        s.progress = record->progress;
        s.note = record->note;
    }
    if (!record) {
        s.basis = TaskBasis::missing;
        s.score = scoring.missing_task_points;
    } else if (record->status == Status::cancelled) {
        s.basis = TaskBasis::cancelled;
    } else if (record->progress) {
        s.basis = TaskBasis::progress;
        s.score = 100 * std::clamp(*record->progress, 0.0, 1.0);
    } else {
        s.basis = TaskBasis::status;
        s.score = scoring.points(record->status);
    }
    return s;
}

TaskScore score_composite(const PlanGraph& graph, const std::vector<TaskScore>& scores,
                          std::size_t task) {
    TaskScore s;
    s.due = true;
    s.basis = TaskBasis::composite;
    const auto& tasks = graph.plan().tasks;
    for (std::size_t child : graph.children(task)) {
        if (!scores[child].score) continue;
        s.children.push_back({"task:" + tasks[child].id, tasks[child].weight, *scores[child].score, {}});
    }
    s.score = weighted_mean(s.children);
    return s;
}

}  // namespace

bool due_in(const Task& task, int year) {
    return task.eff.start <= year && year <= task.eff.end;
}

std::vector<const TaskRecord*> task_records_for(const PlanGraph& graph, const Progress& progress,
                                                int year) {
    std::vector<const TaskRecord*> records(graph.plan().tasks.size(), nullptr);
    for (const auto& r : progress.tasks) {
        if (r.year != year) continue;
        auto ix = graph.task_index(r.id);
        if (ix && !records[*ix]) records[*ix] = &r;
    }
    return records;
}

std::vector<TaskScore> score_tasks(const PlanGraph& graph,
                                   const std::vector<const TaskRecord*>& records, int year) {
    const auto& tasks = graph.plan().tasks;
    const Scoring& scoring = graph.plan().scoring;
    std::vector<TaskScore> scores(tasks.size());
    for (std::size_t i : children_first(graph)) {
        if (!due_in(tasks[i], year)) continue;  // stays not_due, unscored
        scores[i] = graph.composite(i) ? score_composite(graph, scores, i) : score_leaf(scoring, records[i]);
    }
    return scores;
}

}  // namespace plankit
