#include "explain.h"

#include <fmt/format.h>

#include "trajectory.h"

namespace plankit {
namespace {

std::string n(double d) { return formula_number(d); }
std::string n(const std::optional<double>& d) { return d ? formula_number(*d) : "null"; }

StepValue number(std::optional<double> d) { return {d, std::nullopt}; }
StepValue word(std::optional<std::string> t) { return {std::nullopt, std::move(t)}; }

class Steps {
public:
    void add(std::string what, std::string formula, StepValue value, std::optional<double> weight = {}) {
        steps_.push_back({std::move(what), std::move(formula), std::move(value), weight});
    }
    std::vector<ExplainStep> take() { return std::move(steps_); }

private:
    std::vector<ExplainStep> steps_;
};

const TargetRow* find_target(const YearScore& s, std::string_view id) {
    for (const auto& t : s.targets) if (t.id == id) return &t;
    return nullptr;
}
const TaskRow* find_task(const YearScore& s, std::string_view id) {
    for (const auto& t : s.tasks) if (t.id == id) return &t;
    return nullptr;
}
const AggregateRow* find_row(const std::vector<AggregateRow>& rows, std::string_view id) {
    for (const auto& r : rows) if (r.id == id) return &r;
    return nullptr;
}

void expected_steps(const Target& t, const TargetScore& s, Steps& out) {
    auto seg = trajectory_segment(t, s.year);
    if (!seg) return;
    if (seg->exact) {
        out.add("expected value", fmt::format("the known point ({}, {}) is used as it is", seg->from.year,
                                              n(seg->from.value)),
                number(s.expected));
        return;
    }
    const auto& a = seg->from;
    const auto& b = seg->to;
    std::string f = t.trajectory == TrajectoryKind::geometric
                        ? fmt::format("geometric between ({0}, {1}) and ({2}, {3}): {1} · ({3} / {1}) ^ (({4} − {0}) / ({2} − {0}))",
                                      a.year, n(a.value), b.year, n(b.value), s.year)
                        : fmt::format("linear between ({0}, {1}) and ({2}, {3}): {1} + ({3} − {1}) · ({4} − {0}) / ({2} − {0})",
                                      a.year, n(a.value), b.year, n(b.value), s.year);
    out.add("expected value", f, number(s.expected));
}

void score_steps(const Target& t, const TargetScore& s, const Scoring& scoring, Steps& out) {
    const bool inc = t.direction == Direction::increase;
    out.add("direction", inc ? "increase" : "decrease", word(inc ? "increase" : "decrease"));
    out.add("baseline", fmt::format("baseline value in {}", t.baseline->year), number(s.baseline));
    expected_steps(t, s, out);
    out.add("actual", s.actual ? fmt::format("record for {}", s.year) : fmt::format("no record for {}", s.year),
            number(s.actual));
    out.add("need", inc ? fmt::format("e − b = {} − {}", n(s.expected), n(s.baseline))
                        : fmt::format("b − e = {} − {}", n(s.baseline), n(s.expected)),
            number(s.need));
    if (!s.actual) {
        out.add("light", "grey: no actual, left out of every aggregate", word("grey"));
        return;
    }
    out.add("got", inc ? fmt::format("a − b = {} − {}", n(s.actual), n(s.baseline))
                       : fmt::format("b − a = {} − {}", n(s.baseline), n(s.actual)),
            number(s.got));
    out.add("completion", s.need > 0 ? fmt::format("got / need = {} / {}", n(s.got), n(s.need))
                                     : fmt::format("need {} ≤ 0: 1 if got {} ≥ need, else 0", n(s.need), n(s.got)),
            number(s.completion));
    out.add("clamp", fmt::format("clamp({}, 0, 1)", n(s.completion)), number(s.clamped));
    out.add("light", fmt::format("completion {} against green ≥ {}, yellow ≥ {}", n(s.completion),
                                 n(scoring.light_green), n(scoring.light_yellow)),
            word(to_string(s.light)));
    if (t.kind == TargetKind::binding) {
        out.add("binding target", fmt::format("met when actual {} expected: {} {} {}", inc ? "≥" : "≤", n(s.actual),
                                                inc ? "≥" : "≤", n(s.expected)),
                word(s.binding_missed ? "missed" : "met"));
    }
    out.add("score", fmt::format("100 · {}", n(s.clamped)), number(s.score));
}

void trend_steps(const Target& t, const TargetTrend& tr, Steps& out) {
    std::string pts;
    for (const auto& p : tr.points) pts += (pts.empty() ? "" : ", ") + fmt::format("({}, {})", p.year, n(p.value));
    out.add("trend points", "baseline and actuals in (baseline year, Y]: " + pts,
            number(static_cast<double>(tr.points.size())));
    if (tr.trend == Trend::unknown) {
        out.add("trend", "fewer than two points (or no milestone from Y on)", word("unknown"));
        return;
    }
    out.add("mean year", "x̄ = Σx / n", number(tr.mean_year));
    out.add("mean value", "ȳ = Σy / n", number(tr.mean_value));
    out.add("Σ(x − x̄)(y − ȳ)", "summed over the points", number(tr.covariance_sum));
    out.add("Σ(x − x̄)²", "summed over the points", number(tr.variance_sum));
    out.add("slope", fmt::format("{} / {}", n(tr.covariance_sum), n(tr.variance_sum)), number(tr.slope));
    const auto& m = *tr.next_milestone;
    out.add("next milestone", fmt::format("first milestone with year ≥ Y: ({}, {})", m.year, n(m.value)),
            number(m.value));
    out.add("required", fmt::format("(m.value − b) / (m.year − baseline year) = ({} − {}) / ({} − {})", n(m.value),
                                    n(t.baseline->value), m.year, t.baseline->year),
            number(tr.required));
    if (tr.ratio) {
        out.add("ratio", fmt::format("slope / required = {} / {}", n(tr.slope), n(tr.required)), number(tr.ratio));
        out.add("trend", fmt::format("ratio {}: ≥ 1 on_track, ≥ 0.5 moderately_improving, ≥ 0 stagnating, else "
                                     "deteriorating", n(tr.ratio)),
                word(to_string(tr.trend)));
    } else {
        out.add("trend", "required = 0: on_track when the direction-signed slope ≥ 0", word(to_string(tr.trend)));
    }
    out.add("projected", fmt::format("latest + slope · (m.year − latest year) = {} + {} · ({} − {})",
                                     n(tr.latest->value), n(tr.slope), m.year, tr.latest->year),
            number(tr.projected));
    out.add("will meet", fmt::format("met when projected {0} m.value: {1} {0} {2}",
                                     t.direction == Direction::increase ? "≥" : "≤", n(tr.projected), n(m.value)),
            word(*tr.will_meet ? "yes" : "no"));
}

Explanation explain_target(const PlanGraph& graph, const YearScore& s, std::size_t index) {
    const Target& t = graph.plan().targets[index];
    Explanation e{"target:" + t.id, s.year, std::nullopt, {}};
    Steps out;
    const TargetRow* row = find_target(s, t.id);
    if (!row) {
        out.add("scoring window", "needs a baseline and baseline year < Y ≤ last milestone year", word("not scored"));
    } else {
        score_steps(t, row->score, graph.plan().scoring, out);
        trend_steps(t, row->trend, out);
        e.value = row->score.score;
    }
    e.steps = out.take();
    return e;
}

void mean_steps(const std::string& name, const std::vector<WeightedTerm>& terms, std::optional<double> mean,
                Steps& out) {
    std::string sum_ws, sum_w;
    for (const auto& t : terms) {
        std::string why = t.why.empty() ? "" : " (" + t.why + ")";
        out.add(t.subject, fmt::format("weight {}{} × score {}", n(t.weight), why, n(t.score)), number(t.score),
                t.weight);
        sum_ws += (sum_ws.empty() ? "" : " + ") + fmt::format("{} × {}", n(t.weight), n(t.score));
        sum_w += (sum_w.empty() ? "" : " + ") + n(t.weight);
    }
    if (terms.empty()) {
        out.add(name, "no scored item: no value", number(std::nullopt));
        return;
    }
    WeightedSums sums = weighted_sums(terms);
    out.add("Σ w·s of " + name, sum_ws, number(sums.weighted));
    out.add("Σ w of " + name, sum_w, number(sums.weights));
    out.add(name, fmt::format("Σ w·s / Σ w = {} / {}", n(sums.weighted), n(sums.weights)), number(mean));
}

void aggregate_steps(const AggregateScore& a, const Scoring& scoring, Steps& out) {
    mean_steps("targets", a.target_terms, a.targets, out);
    mean_steps("tasks", a.task_terms, a.tasks, out);
    std::string f;
    if (a.targets && a.tasks) {
        out.add("weight of targets", "scoring.weights.targets", number(scoring.weight_targets));
        out.add("weight of tasks", "scoring.weights.tasks", number(scoring.weight_tasks));
        f = fmt::format("(W_t · targets + W_k · tasks) / (W_t + W_k) = ({} · {} + {} · {}) / ({} + {})",
                        n(scoring.weight_targets), n(a.targets), n(scoring.weight_tasks), n(a.tasks),
                        n(scoring.weight_targets), n(scoring.weight_tasks));
    } else if (a.targets) {
        f = "only targets have a value";
    } else if (a.tasks) {
        f = "only tasks have a value";
    } else {
        f = "neither targets nor tasks have a value";
    }
    out.add("score", f, number(a.score));
    std::string bands;
    for (const auto& b : scoring.ratings) bands += (bands.empty() ? "" : ", ") + fmt::format("{} ≥ {}", b.label, n(b.min));
    out.add("rating", "first band with min ≤ score: " + (bands.empty() ? std::string("no bands") : bands),
            word(a.rating));
}

Explanation explain_aggregate(const std::string& subject, int year, const AggregateScore& a, const Scoring& scoring) {
    Explanation e{subject, year, a.score, {}};
    Steps out;
    aggregate_steps(a, scoring, out);
    e.steps = out.take();
    return e;
}

std::string_view basis_text(TaskBasis b) {
    switch (b) {
        case TaskBasis::not_due: return "not due: not scored";
        case TaskBasis::cancelled: return "cancelled: not scored";
        case TaskBasis::progress: return "100 · clamp(progress, 0, 1)";
        case TaskBasis::status: return "status_points[status]";
        case TaskBasis::missing: return "missing_task_points (no record)";
        case TaskBasis::composite: return "weighted mean of the scored subtasks";
    }
    return "";
}

Explanation explain_task(const PlanGraph& graph, const YearScore& s, std::size_t index) {
    const Task& t = graph.plan().tasks[index];
    Explanation e{"task:" + t.id, s.year, std::nullopt, {}};
    Steps out;
    out.add("due", fmt::format("{} ≤ {} ≤ {}", t.eff.start, s.year, t.eff.end),
            word(due_in(t, s.year) ? "yes" : "no"));
    if (const TaskRow* row = find_task(s, t.id)) {
        const TaskScore& ts = row->score;
        if (graph.composite(index)) {
            mean_steps("subtasks", ts.children, ts.score, out);
        } else {
            out.add("status", ts.has_record ? "reported status" : "no record",
                    word(ts.status ? std::optional<std::string>(to_string(*ts.status)) : std::nullopt));
            if (ts.progress) out.add("progress", "reported progress", number(ts.progress));
        }
        out.add("score", std::string(basis_text(ts.basis)), number(ts.score));
        e.value = ts.score;
    }
    e.steps = out.take();
    return e;
}

}  // namespace

std::string formula_number(double d) { return fmt::format("{}", d); }

std::optional<Explanation> explain(const PlanGraph& graph, const YearScore& score, std::string_view subject,
                                   std::string& error) {
    auto colon = subject.find(':');
    if (colon == std::string_view::npos) {
        error = "expected KIND:ID (target, task, chapter, goal, unit or plan), got '" + std::string(subject) + "'";
        return std::nullopt;
    }
    std::string_view kind = subject.substr(0, colon), id = subject.substr(colon + 1);
    const Plan& plan = graph.plan();
    const std::string name(subject);
    auto unknown = [&] {
        error = "unknown " + std::string(kind) + " '" + std::string(id) + "'";
        return std::nullopt;
    };
    if (kind == "plan") {
        if (id != plan.id) return unknown();
        return explain_aggregate(name, score.year, score.overall, plan.scoring);
    }
    if (kind == "target") {
        auto i = graph.target_index(id);
        if (!i) return unknown();
        return explain_target(graph, score, *i);
    }
    if (kind == "task") {
        auto i = graph.task_index(id);
        if (!i) return unknown();
        return explain_task(graph, score, *i);
    }
    const std::vector<AggregateRow>* rows = kind == "chapter" ? &score.chapters
                                            : kind == "goal"  ? &score.goals
                                            : kind == "unit"  ? &score.units
                                                              : nullptr;
    if (!rows) {
        error = "unknown kind '" + std::string(kind) + "' (target, task, chapter, goal, unit or plan)";
        return std::nullopt;
    }
    const AggregateRow* row = find_row(*rows, id);
    if (!row) return unknown();
    return explain_aggregate(name, score.year, row->aggregate, plan.scoring);
}

}  // namespace plankit
