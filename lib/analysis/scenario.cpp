#include "scenario.h"

#include <charconv>
#include <cmath>
#include <set>

#include "display_text.h"
#include "plan_graph.h"

namespace plankit {
namespace {

// A plain decimal (`3`, `0.75`, `-1.5`, `1e3`), finite; nullopt otherwise.
std::optional<double> number_of(const std::string& text) {
    double d = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, d);
    if (ec != std::errc() || ptr != end || !std::isfinite(d)) return std::nullopt;
    return d;
}

std::string unknown(const std::string& kind, const std::string& id, const std::vector<std::string>& ids) {
    std::string msg = "--assume: unknown " + kind + " '" + display_text(id) + "'";
    if (auto near = nearest_word(id, ids)) msg += "; did you mean '" + *near + "'?";
    return msg;
}

std::optional<Assumption> read_task(const PlanGraph& graph, Assumption a, const std::string& id,
                                    std::vector<std::string>& errors) {
    const Plan& plan = graph.plan();
    auto index = graph.task_index(id);
    if (!index) {
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < plan.tasks.size(); ++i)
            if (!graph.composite(i)) ids.push_back(plan.tasks[i].id);
        errors.push_back(unknown("task", id, ids));
        return std::nullopt;
    }
    if (graph.composite(*index)) {
        errors.push_back("--assume: task " + display_text(id) +
                         " has subtasks; its score comes from them, so assume a subtask");
        return std::nullopt;
    }
    a.index = *index;
    if (auto status = parse_status_word(a.value)) {
        a.kind = Assumption::Kind::task_status;
        a.status = status;
        return a;
    }
    auto fraction = number_of(a.value);
    if (!fraction) {
        std::string msg = "--assume " + display_text(a.subject) + ": '" + display_text(a.value) +
                          "' is neither a status (done, on_track, delayed, not_started, blocked, cancelled or "
                          "已完成, 按计划推进, 滞后, 未启动, 受阻, 已取消) nor a progress from 0 to 1";
        std::vector<std::string> statuses;
        for (int i = 0; i < kStatusCount; ++i) statuses.push_back(to_string(static_cast<Status>(i)));
        if (auto near = nearest_word(a.value, statuses)) msg += "; did you mean '" + *near + "'?";
        errors.push_back(msg);
        return std::nullopt;
    }
    if (*fraction < 0 || *fraction > 1) {
        errors.push_back("--assume " + display_text(a.subject) + ": progress " + a.value + " is not between 0 and 1");
        return std::nullopt;
    }
    a.kind = Assumption::Kind::task_progress;
    a.number = *fraction;
    return a;
}

std::optional<Assumption> read_target(const PlanGraph& graph, Assumption a, const std::string& id,
                                      std::vector<std::string>& errors) {
    auto index = graph.target_index(id);
    if (!index) {
        std::vector<std::string> ids;
        for (const auto& t : graph.plan().targets) ids.push_back(t.id);
        errors.push_back(unknown("target", id, ids));
        return std::nullopt;
    }
    auto value = number_of(a.value);
    if (!value) {
        errors.push_back("--assume " + display_text(a.subject) + ": '" + display_text(a.value) +
                         "' is not a number");
        return std::nullopt;
    }
    a.kind = Assumption::Kind::target_value;
    a.index = *index;
    a.number = *value;
    return a;
}

std::optional<Assumption> read_one(const PlanGraph& graph, const std::string& word, std::vector<std::string>& errors) {
    auto eq = word.find('=');
    auto colon = word.find(':');
    if (eq == std::string::npos || colon == std::string::npos || colon > eq) {
        errors.push_back("--assume '" + display_text(word) + "': expected task:ID=VALUE or target:ID=VALUE");
        return std::nullopt;
    }
    Assumption a;
    a.subject = word.substr(0, eq);
    a.value = word.substr(eq + 1);
    const std::string kind = word.substr(0, colon), id = word.substr(colon + 1, eq - colon - 1);
    if (kind == "task") return read_task(graph, std::move(a), id, errors);
    if (kind == "target") return read_target(graph, std::move(a), id, errors);
    std::string msg = "--assume '" + display_text(word) + "': unknown kind '" + display_text(kind) +
                      "' (task or target)";
    if (auto near = nearest_word(kind, {"task", "target"})) msg += "; did you mean '" + *near + "'?";
    errors.push_back(msg);
    return std::nullopt;
}

}  // namespace

std::vector<Assumption> read_assumptions(const PlanGraph& graph, const std::vector<std::string>& words,
                                         std::vector<std::string>& errors) {
    std::vector<Assumption> out;
    std::set<std::string> seen;
    for (const auto& word : words) {
        const std::string subject = word.substr(0, word.find('='));
        if (!seen.insert(subject).second) {
            errors.push_back("--assume: " + display_text(subject) + " is assumed twice");
            continue;
        }
        if (auto a = read_one(graph, word, errors)) out.push_back(std::move(*a));
    }
    return out;
}

Progress with_assumptions(const PlanGraph& graph, const Progress& progress, const std::vector<Assumption>& assumed,
                          int year) {
    const Plan& plan = graph.plan();
    Progress out = progress;
    for (const auto& a : assumed) {
        if (a.kind == Assumption::Kind::target_value) {
            const std::string& id = plan.targets[a.index].id;
            std::erase_if(out.targets, [&](const TargetRecord& r) { return r.year == year && r.id == id; });
            TargetRecord r;
            r.id = id;
            r.year = year;
            r.value = a.number;
            out.targets.push_back(std::move(r));
            continue;
        }
        const std::string& id = plan.tasks[a.index].id;
        auto it = std::find_if(out.tasks.begin(), out.tasks.end(),
                               [&](const TaskRecord& r) { return r.year == year && r.id == id; });
        if (it == out.tasks.end()) {
            TaskRecord r;
            r.id = id;
            r.year = year;
            r.status = Status::on_track;
            out.tasks.push_back(std::move(r));
            it = std::prev(out.tasks.end());
        }
        if (a.kind == Assumption::Kind::task_status) {
            it->status = *a.status;
            it->progress.reset();
        } else {
            it->progress = a.number;
        }
    }
    return out;
}

}  // namespace plankit
