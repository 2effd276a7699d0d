#include "explain.h"

#include <cmath>

#include <fmt/format.h>

#include "display_text.h"
#include "figures.h"
#include "plan_graph.h"
#include "trajectory.h"

namespace plankit {
namespace {

std::string n(double d) { return formula_number(d); }
std::string n(const std::optional<double>& d) { return d ? formula_number(*d) : "null"; }
std::string n(int year) { return std::to_string(year); }
// A figure as a comparison sees it (readings.md item 78): when it is a floating-point hair
// off a figure of at most 8 decimals, that figure follows, as a person writes it on paper
// (`79.99999999999999 ≈ 80`). A figure with a 9th decimal (69.333…) is shown alone: its
// rounding says nothing a reader needs.
std::string compared(double d) {
    const double r = figures::rounded(d);
    const bool ninth_decimal = std::fmod(std::round(std::fabs(r) * 1e9), 10.0) != 0;
    const bool hair = r != d && !ninth_decimal;
    return hair ? n(d) + " ≈ " + n(r) : n(d);
}
std::string compared(const std::optional<double>& d) { return d ? compared(*d) : "null"; }

// Words from labels.h with numbers put in, and text shown as it is.
Phrase say(std::string key, std::vector<std::string> args = {}) { return {std::move(key), std::move(args)}; }
Phrase literal(std::string text) { return {{}, {std::move(text)}}; }

StepValue number(std::optional<double> d) { return {d, std::nullopt, {}}; }
// A word of the tool's own: `text` for machines, `key` for people.
StepValue word(std::string text, std::string key) { return {std::nullopt, std::move(text), std::move(key)}; }
// A word from the plan (a rating label), shown as it is; nothing when absent.
StepValue plan_word(std::optional<std::string> text) { return {std::nullopt, std::move(text), {}}; }
StepValue yes_no(bool b) { return word(b ? "yes" : "no", b ? "yes" : "no"); }

class Steps {
public:
    // A step whose name people read from the label `step.KEY`; `what` stays for machines.
    void add(std::string what, std::string_view key, Phrase formula, StepValue value) {
        Phrase name = say("step." + std::string(key));
        steps_.push_back({std::move(what), std::move(name), std::move(formula), std::move(value), std::nullopt});
    }
    // A step whose name is shown as it is (a term's subject, a sum written in symbols).
    void add_named(std::string what, std::string shown, Phrase formula, StepValue value,
                   std::optional<double> weight = {}) {
        steps_.push_back({std::move(what), literal(std::move(shown)), std::move(formula), std::move(value), weight});
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

// The plan's name for a term's subject (`task:17`, `target:lit`), or "" when it has none.
std::string term_name(const PlanGraph& graph, const std::string& subject) {
    auto colon = subject.find(':');
    if (colon == std::string::npos) return {};
    std::string_view kind(subject.data(), colon), id(subject.data() + colon + 1, subject.size() - colon - 1);
    if (kind == "task") {
        if (auto i = graph.task_index(id)) return graph.plan().tasks[*i].title;
    } else if (kind == "target") {
        if (auto i = graph.target_index(id)) return graph.plan().targets[*i].name;
    }
    return {};
}

std::string with_name(const std::string& subject, const std::string& name) {
    return name.empty() ? subject : subject + " " + name;
}

void expected_steps(const Target& t, const TargetScore& s, Steps& out) {
    auto seg = trajectory_segment(t, s.year);
    if (!seg) return;
    if (seg->exact) {
        out.add("expected value", "expected_value",
                say("formula.known_point", {n(seg->from.year), n(seg->from.value)}), number(s.expected));
        return;
    }
    const auto& a = seg->from;
    const auto& b = seg->to;
    const char* key = t.trajectory == TrajectoryKind::geometric ? "formula.geometric" : "formula.linear";
    out.add("expected value", "expected_value", say(key, {n(a.year), n(a.value), n(b.year), n(b.value), n(s.year)}),
            number(s.expected));
}

// The actual as the units' contributions add it up, term by term in unit-id order.
Phrase summed_actual(const TargetRow& row) {
    std::string terms;
    for (const auto& share : row.shares)
        if (share.contribution) terms += (terms.empty() ? "" : " + ") + share.unit + " " + n(*share.contribution);
    return say("formula.contributions_sum", {n(row.score.year), terms});
}

void score_steps(const Target& t, const TargetRow& row, const Scoring& scoring, Steps& out) {
    const TargetScore& s = row.score;
    const bool inc = t.direction == Direction::increase;
    const std::string direction = inc ? "increase" : "decrease";
    out.add("direction", "direction", say("direction." + direction), word(direction, "direction." + direction));
    out.add("baseline", "baseline", say("formula.baseline", {n(t.baseline->year)}), number(s.baseline));
    expected_steps(t, s, out);
    out.add("actual", "actual",
            row.summed ? summed_actual(row) : say(s.actual ? "formula.record" : "formula.no_record", {n(s.year)}),
            number(s.actual));
    // Where the figure came from and what the unit said of it, as its record gives them.
    if (row.source) out.add("source", "source", say("formula.reported_source"), plan_word(row.source));
    if (row.note) out.add("note", "note", say("formula.reported_note"), plan_word(row.note));
    out.add("need", "need",
            inc ? say("formula.need_increase", {n(s.expected), n(s.baseline)})
                : say("formula.need_decrease", {n(s.baseline), n(s.expected)}),
            number(s.need));
    if (!s.actual) {
        out.add("light", "light", say("formula.light_grey"), word("grey", "light.grey"));
        return;
    }
    out.add("got", "got",
            inc ? say("formula.got_increase", {n(s.actual), n(s.baseline)})
                : say("formula.got_decrease", {n(s.baseline), n(s.actual)}),
            number(s.got));
    out.add("completion", "completion",
            figures::above(s.need, 0) ? say("formula.completion", {n(s.got), n(s.need)})
                                      : say("formula.completion_no_need", {compared(s.need), compared(s.got)}),
            number(s.completion));
    out.add("clamp", "clamp", literal(fmt::format("clamp({}, 0, 1)", n(s.completion))), number(s.clamped));
    const std::string light = to_string(s.light);
    out.add("light", "light",
            say("formula.light", {compared(s.completion), n(scoring.light_green), n(scoring.light_yellow)}),
            word(light, "light." + light));
    if (t.kind == TargetKind::binding) {
        const std::string met = s.binding_missed ? "missed" : "met";
        out.add("binding target", "binding_target",
                say("formula.binding", {inc ? "≥" : "≤", compared(s.actual), compared(s.expected)}), word(met, "explain." + met));
    }
    out.add("score", "score", literal(fmt::format("100 · {}", n(s.clamped))), number(s.score));
}

StepValue trend_word(Trend trend) { return word(to_string(trend), std::string("trend.") + to_string(trend)); }

void trend_steps(const Target& t, const TargetTrend& tr, Steps& out) {
    std::string pts;
    for (const auto& p : tr.points) pts += (pts.empty() ? "" : ", ") + fmt::format("({}, {})", p.year, n(p.value));
    out.add("trend points", "trend_points", say("formula.trend_points", {pts}),
            number(static_cast<double>(tr.points.size())));
    if (tr.trend == Trend::unknown) {
        out.add("trend", "trend", say("formula.trend_unknown"), trend_word(tr.trend));
        return;
    }
    out.add("mean year", "mean_year", literal("x̄ = Σx / n"), number(tr.mean_year));
    out.add("mean value", "mean_value", literal("ȳ = Σy / n"), number(tr.mean_value));
    out.add_named("Σ(x − x̄)(y − ȳ)", "Σ(x − x̄)(y − ȳ)", say("formula.over_points"), number(tr.covariance_sum));
    out.add_named("Σ(x − x̄)²", "Σ(x − x̄)²", say("formula.over_points"), number(tr.variance_sum));
    out.add("slope", "slope", literal(fmt::format("{} / {}", n(tr.covariance_sum), n(tr.variance_sum))),
            number(tr.slope));
    const auto& m = *tr.next_milestone;
    out.add("next milestone", "next_milestone", say("formula.next_milestone", {n(m.year), n(m.value)}),
            number(m.value));
    out.add("required", "required",
            say("formula.required", {n(m.value), n(t.baseline->value), n(m.year), n(t.baseline->year)}),
            number(tr.required));
    if (tr.ratio) {
        out.add("ratio", "ratio", say("formula.ratio", {n(tr.slope), n(tr.required)}), number(tr.ratio));
        out.add("trend", "trend", say("formula.trend", {compared(tr.ratio)}), trend_word(tr.trend));
    } else {
        out.add("trend", "trend", say("formula.trend_no_need"), trend_word(tr.trend));
    }
    out.add("projected", "projected",
            say("formula.projected", {n(tr.latest->value), n(tr.slope), n(m.year), n(tr.latest->year)}),
            number(tr.projected));
    out.add("will meet", "will_meet",
            say("formula.will_meet",
                {t.direction == Direction::increase ? "≥" : "≤", compared(tr.projected), compared(m.value)}),
            yes_no(*tr.will_meet));
}

// The progress class (cycle.md): which milestone ends the period, whether the actual meets
// it, else the light; then the trend carried on to that milestone.
void class_steps(const Target& t, const TargetRow& row, int period_end, Steps& out) {
    auto m = period_end_milestone(t, period_end);
    if (m) {
        out.add("period-end milestone", "period_end_milestone",
                say("formula.period_end_milestone", {n(period_end), n(m->year), n(m->value)}), number(m->value));
    } else {
        out.add("period-end milestone", "period_end_milestone", say("formula.no_period_end_milestone", {n(period_end)}),
                number(std::nullopt));
    }
    const std::string key = class_key(row.cls);
    const StepValue value = key.empty() ? number(std::nullopt) : word(to_string(*row.cls.cls), key);
    const char* sign = t.direction == Direction::increase ? "≥" : "≤";
    const TargetScore& s = row.score;
    if (!row.cls.cls) {
        out.add("class", "class", say("formula.class_grey"), value);
    } else if (*row.cls.cls == ProgressClass::achieved) {
        out.add("class", "class", say("formula.class_achieved", {compared(s.actual), sign, compared(m->value)}), value);
    } else {
        // One phrase per light, so that the light is a word of the reader's language.
        const std::string light = to_string(s.light);
        out.add("class", "class",
                say("formula.class_by_light." + light, {sign, compared(s.actual), m ? compared(m->value) : "null"}),
                value);
    }
    if (!row.end.projected) {
        out.add("projected at period end", "projected_end", say("formula.projected_end_none"), number(std::nullopt));
        return;
    }
    const auto& tr = row.trend;
    out.add("projected at period end", "projected_end",
            say("formula.projected_end", {n(tr.latest->value), n(tr.slope), n(m->year), n(tr.latest->year)}),
            number(row.end.projected));
    out.add("meets period end", "will_meet_end",
            say("formula.will_meet", {sign, compared(row.end.projected), compared(m->value)}),
            yes_no(*row.end.will_meet));
}

Explanation explain_target(const PlanGraph& graph, const YearScore& s, std::size_t index) {
    const Target& t = graph.plan().targets[index];
    Explanation e{"target:" + t.id, t.name, s.year, std::nullopt, {}, std::nullopt};
    Steps out;
    const TargetRow* row = find_target(s, t.id);
    if (!row) {
        out.add("scoring window", "scoring_window", say("formula.scoring_window"),
                word("not scored", "explain.not_scored"));
    } else {
        score_steps(t, *row, graph.plan().scoring, out);
        trend_steps(t, row->trend, out);
        class_steps(t, *row, graph.plan().end, out);
        e.value = row->score.score;
    }
    e.steps = out.take();
    return e;
}

// A term's formula: its weight (and why, `lead` or `support`, in the reader's words), its score.
Phrase term_formula(const WeightedTerm& t) {
    if (t.why.empty()) return say("formula.term", {n(t.weight), n(t.score)});
    // The catalogue words these two reasons; any other is shown as it is.
    if (t.why == "lead" || t.why == "support") return say("formula.term." + t.why, {n(t.weight), n(t.score)});
    return say("formula.term_why", {n(t.weight), t.why, n(t.score)});
}

// The steps of one weighted mean; `name` is `targets`, `tasks` or `subtasks`.
void mean_steps(const PlanGraph& graph, const std::string& name, const std::vector<WeightedTerm>& terms,
                std::optional<double> mean, Steps& out) {
    std::string sum_ws, sum_w;
    for (const auto& t : terms) {
        out.add_named(t.subject, with_name(t.subject, term_name(graph, t.subject)), term_formula(t),
                      number(t.score), t.weight);
        sum_ws += (sum_ws.empty() ? "" : " + ") + fmt::format("{} × {}", n(t.weight), n(t.score));
        sum_w += (sum_w.empty() ? "" : " + ") + n(t.weight);
    }
    if (terms.empty()) {
        out.add(name, name, say("formula.no_scored_item"), number(std::nullopt));
        return;
    }
    WeightedSums sums = weighted_sums(terms);
    out.add("Σ w·s of " + name, "sum_ws." + name, literal(sum_ws), number(sums.weighted));
    out.add("Σ w of " + name, "sum_w." + name, literal(sum_w), number(sums.weights));
    out.add(name, name, literal(fmt::format("Σ w·s / Σ w = {} / {}", n(sums.weighted), n(sums.weights))),
            number(mean));
}

void aggregate_steps(const PlanGraph& graph, const AggregateScore& a, const Scoring& scoring, Steps& out) {
    mean_steps(graph, "targets", a.target_terms, a.targets, out);
    mean_steps(graph, "tasks", a.task_terms, a.tasks, out);
    Phrase f;
    if (a.targets && a.tasks) {
        out.add("weight of targets", "weight_of_targets", literal("scoring.weights.targets"),
                number(scoring.weight_targets));
        out.add("weight of tasks", "weight_of_tasks", literal("scoring.weights.tasks"), number(scoring.weight_tasks));
        f = say("formula.components", {n(scoring.weight_targets), n(a.targets), n(scoring.weight_tasks), n(a.tasks),
                                       n(scoring.weight_targets), n(scoring.weight_tasks)});
    } else if (a.targets) {
        f = say("formula.only_targets");
    } else if (a.tasks) {
        f = say("formula.only_tasks");
    } else {
        f = say("formula.no_component");
    }
    out.add("score", "score", f, number(a.score));
    std::string bands;
    for (const auto& b : scoring.ratings) bands += (bands.empty() ? "" : ", ") + fmt::format("{} ≥ {}", b.label, n(b.min));
    const std::string score = compared(a.score);
    out.add("rating", "rating",
            bands.empty() ? say("formula.rating_no_bands", {score}) : say("formula.rating", {bands, score}),
            plan_word(a.rating));
}

Explanation explain_aggregate(const PlanGraph& graph, const std::string& subject, const std::string& name, int year,
                              const AggregateScore& a) {
    Explanation e{subject, name, year, a.score, {}, std::nullopt};
    Steps out;
    aggregate_steps(graph, a, graph.plan().scoring, out);
    e.steps = out.take();
    return e;
}

// How a task's score came about, as a label key.
const char* basis_key(TaskBasis b) {
    switch (b) {
        case TaskBasis::not_due: return "formula.basis.not_due";
        case TaskBasis::cancelled: return "formula.basis.cancelled";
        case TaskBasis::progress: return "formula.basis.progress";
        case TaskBasis::status: return "formula.basis.status";
        case TaskBasis::missing: return "formula.basis.missing";
        case TaskBasis::composite: return "formula.basis.composite";
    }
    return "";
}

Explanation explain_task(const PlanGraph& graph, const YearScore& s, std::size_t index) {
    const Task& t = graph.plan().tasks[index];
    Explanation e{"task:" + t.id, t.title, s.year, std::nullopt, {}, std::nullopt};
    Steps out;
    out.add("due", "due", literal(fmt::format("{} ≤ {} ≤ {}", t.eff.start, s.year, t.eff.end)),
            yes_no(due_in(t, s.year)));
    if (const TaskRow* row = find_task(s, t.id)) {
        const TaskScore& ts = row->score;
        if (graph.composite(index)) {
            mean_steps(graph, "subtasks", ts.children, ts.score, out);
        } else {
            StepValue status = ts.status ? word(to_string(*ts.status), std::string("status.") + to_string(*ts.status))
                                         : number(std::nullopt);
            out.add("status", "status", say(ts.has_record ? "formula.reported_status" : "formula.no_task_record"),
                    status);
            if (ts.progress) out.add("progress", "progress", say("formula.reported_progress"), number(ts.progress));
            // Why the task stands where it does, in the unit's words.
            if (ts.note) out.add("note", "note", say("formula.reported_note"), plan_word(ts.note));
        }
        out.add("score", "score", say(basis_key(ts.basis)), number(ts.score));
        e.value = ts.score;
    }
    e.steps = out.take();
    return e;
}

}  // namespace

std::string formula_number(double d) { return fmt::format("{}", d); }

// The ids of the things of `kind` in the plan (none for an unknown kind).
static std::vector<std::string> subject_ids(const Plan& plan, std::string_view kind) {
    std::vector<std::string> ids;
    auto add = [&](const auto& items) {
        for (const auto& item : items) ids.push_back(item.id);
    };
    if (kind == "plan") ids.push_back(plan.id);
    else if (kind == "target") add(plan.targets);
    else if (kind == "task") add(plan.tasks);
    else if (kind == "chapter") add(plan.chapters);
    else if (kind == "goal") add(plan.goals);
    else if (kind == "unit") add(plan.units);
    return ids;
}

// An error as a model Message: this file's own `say` makes explanation phrases, so the
// model's is picked by its type.
static Message error_of(std::string code, std::vector<Message> args) {
    Message (*make)(std::string, std::vector<Message>) = plankit::say;
    return make(std::move(code), std::move(args));
}

static std::optional<Explanation> explain_subject(const PlanGraph& graph, const YearScore& score, std::string_view subject,
                                           Message& error) {
    auto colon = subject.find(':');
    if (colon == std::string_view::npos) {
        error = error_of("explain_subject", {std::string(subject)});
        return std::nullopt;
    }
    std::string_view kind = subject.substr(0, colon), id = subject.substr(colon + 1);
    const Plan& plan = graph.plan();
    const std::string name(subject);
    // An unknown id names the nearest one of its kind, as the loader does for references.
    auto unknown = [&] {
        // The kind is one of the six words of KIND:ID, shown as typed in every language.
        if (auto near = nearest_word(id, subject_ids(plan, kind)))
            error = error_of("explain_unknown_near", {std::string(kind), std::string(id), *near});
        else
            error = error_of("explain_unknown", {std::string(kind), std::string(id)});
        return std::nullopt;
    };
    if (kind == "plan") {
        if (id != plan.id) return unknown();
        return explain_aggregate(graph, name, plan.title, score.year, score.overall);
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
        error = error_of("explain_kind", {std::string(kind)});
        return std::nullopt;
    }
    const AggregateRow* row = find_row(*rows, id);
    if (!row) return unknown();
    return explain_aggregate(graph, name, row->title, score.year, row->aggregate);
}

std::optional<Explanation> explain(const PlanGraph& graph, const YearScore& score, std::string_view subject,
                                   Message& error) {
    auto e = explain_subject(graph, score, subject, error);
    if (e) e->scenario = score.scenario;
    return e;
}

}  // namespace plankit
