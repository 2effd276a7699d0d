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

// The kind (`task`, `target`) is the word of TASK:ID as typed, the same in every language.
Message unknown(const std::string& kind, const std::string& id, const std::vector<std::string>& ids) {
    if (auto near = nearest_word(id, ids)) return say("assume_unknown_near", {kind, display_text(id), *near});
    return say("assume_unknown", {kind, display_text(id)});
}

std::optional<Assumption> read_task(const PlanGraph& graph, Assumption a, const std::string& id,
                                    std::vector<Message>& errors) {
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
        errors.push_back(say("assume_composite", {display_text(id)}));
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
        std::vector<std::string> statuses;
        for (int i = 0; i < kStatusCount; ++i) statuses.push_back(to_string(static_cast<Status>(i)));
        std::vector<Message> args{display_text(a.subject), display_text(a.value)};
        if (auto near = nearest_word(a.value, statuses)) {
            args.push_back(*near);
            errors.push_back(say("assume_value_near", std::move(args)));
        } else {
            errors.push_back(say("assume_value", std::move(args)));
        }
        return std::nullopt;
    }
    if (*fraction < 0 || *fraction > 1) {
        errors.push_back(say("assume_progress", {display_text(a.subject), a.value}));
        return std::nullopt;
    }
    a.kind = Assumption::Kind::task_progress;
    a.number = *fraction;
    return a;
}

std::optional<Assumption> read_target(const PlanGraph& graph, Assumption a, const std::string& id,
                                      std::vector<Message>& errors) {
    auto index = graph.target_index(id);
    if (!index) {
        std::vector<std::string> ids;
        for (const auto& t : graph.plan().targets) ids.push_back(t.id);
        errors.push_back(unknown("target", id, ids));
        return std::nullopt;
    }
    auto value = number_of(a.value);
    if (!value) {
        errors.push_back(say("assume_not_number", {display_text(a.subject), display_text(a.value)}));
        return std::nullopt;
    }
    a.kind = Assumption::Kind::target_value;
    a.index = *index;
    a.number = *value;
    return a;
}

std::optional<Assumption> read_one(const PlanGraph& graph, const std::string& word, std::vector<Message>& errors) {
    auto eq = word.find('=');
    auto colon = word.find(':');
    if (eq == std::string::npos || colon == std::string::npos || colon > eq) {
        errors.push_back(say("assume_shape", {display_text(word)}));
        return std::nullopt;
    }
    Assumption a;
    a.subject = word.substr(0, eq);
    a.value = word.substr(eq + 1);
    const std::string kind = word.substr(0, colon), id = word.substr(colon + 1, eq - colon - 1);
    if (kind == "task") return read_task(graph, std::move(a), id, errors);
    if (kind == "target") return read_target(graph, std::move(a), id, errors);
    if (auto near = nearest_word(kind, {"task", "target"}))
        errors.push_back(say("assume_kind_near", {display_text(word), display_text(kind), *near}));
    else
        errors.push_back(say("assume_kind", {display_text(word), display_text(kind)}));
    return std::nullopt;
}

}  // namespace

std::vector<Assumption> read_assumptions(const PlanGraph& graph, const std::vector<std::string>& words,
                                         std::vector<Message>& errors) {
    std::vector<Assumption> out;
    std::set<std::string> seen;
    for (const auto& word : words) {
        const std::string subject = word.substr(0, word.find('='));
        if (!seen.insert(subject).second) {
            errors.push_back(say("assume_twice", {display_text(subject)}));
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
