#include "plan_diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "figures.h"
#include "joined.h"
#include "number_format.h"
#include "trajectory.h"

namespace plankit {

const char* to_string(DiffChange c) {
    switch (c) {
        case DiffChange::added: return "added";
        case DiffChange::removed: return "removed";
        case DiffChange::changed: return "changed";
    }
    return "changed";
}

namespace {

DiffValue text(const std::string& s) { return s; }
DiffValue text(const char* s) { return std::string(s); }
DiffValue text(const std::optional<std::string>& s) { return s ? DiffValue(*s) : DiffValue(); }
DiffValue text(const std::vector<std::string>& list) { return list.empty() ? DiffValue() : DiffValue(joined(list, ", ")); }
DiffValue text(const std::optional<std::vector<std::string>>& list) { return list ? text(*list) : DiffValue(); }
DiffValue number(double d) { return d; }
DiffValue number(const std::optional<double>& d) { return d ? DiffValue(*d) : DiffValue(); }
// Years and counts: whole numbers, written without a decimal point.
DiffValue whole(int y) { return y; }
DiffValue whole(const std::optional<int>& y) { return y ? DiffValue(*y) : DiffValue(); }

// Numbers compare as on paper (figures.h); texts and absences exactly.
bool same_value(const DiffValue& a, const DiffValue& b) {
    if (a.index() != b.index()) return false;
    if (auto* x = std::get_if<double>(&a)) return figures::equal(*x, std::get<double>(b));
    return a == b;
}

// The changed fields of one subject, in the order they are compared.
class FieldDiff {
public:
    FieldDiff(std::string subject, std::vector<DiffEntry>& out) : subject_(std::move(subject)), out_(out) {}
    void operator()(std::string field, DiffValue old_value, DiffValue new_value) {
        if (same_value(old_value, new_value)) return;
        out_.push_back({subject_, DiffChange::changed, std::move(field), std::move(old_value), std::move(new_value)});
    }

private:
    std::string subject_;
    std::vector<DiffEntry>& out_;
};

const char* word(Direction d) { return d == Direction::increase ? "increase" : "decrease"; }
const char* word(TargetKind k) { return k == TargetKind::expected ? "expected" : "binding"; }
const char* word(TrajectoryKind k) { return k == TrajectoryKind::linear ? "linear" : "geometric"; }

void plan_header(const Plan& a, const Plan& b, std::vector<DiffEntry>& out) {
    FieldDiff f("plan", out);
    f("id", text(a.id), text(b.id));
    f("title", text(a.title), text(b.title));
    f("issuer", text(a.issuer), text(b.issuer));
    f("document", text(a.document), text(b.document));
    f("issued", text(a.issued), text(b.issued));
    f("locale", text(a.locale), text(b.locale));
    f("period.start", whole(a.start), whole(b.start));
    f("period.end", whole(a.end), whole(b.end));
    f("vision", whole(a.vision), whole(b.vision));
}

std::string ratings_text(const std::vector<RatingBand>& bands) {
    std::vector<std::string> parts;
    for (const auto& r : bands) parts.push_back(r.label + " " + format_number(r.min, 9));
    return joined(parts, ", ");
}

void scoring(const Scoring& a, const Scoring& b, std::vector<DiffEntry>& out) {
    FieldDiff f("scoring", out);
    f("weights.targets", number(a.weight_targets), number(b.weight_targets));
    f("weights.tasks", number(a.weight_tasks), number(b.weight_tasks));
    f("support_factor", number(a.support_factor), number(b.support_factor));
    for (int s = 0; s < kStatusCount; ++s)
        f(std::string("status_points.") + to_string(static_cast<Status>(s)), number(a.status_points[s]),
          number(b.status_points[s]));
    f("missing_task_points", number(a.missing_task_points), number(b.missing_task_points));
    f("lights.green", number(a.light_green), number(b.light_green));
    f("lights.yellow", number(a.light_yellow), number(b.light_yellow));
    f("ratings", text(ratings_text(a.ratings)), text(ratings_text(b.ratings)));
    f("max_lead_tasks", whole(a.max_lead_tasks), whole(b.max_lead_tasks));
}

void unit(const Unit& a, const Unit& b, std::vector<DiffEntry>& out) {
    FieldDiff f("unit:" + b.id, out);
    f("name", text(a.name), text(b.name));
    f("kind", text(a.kind), text(b.kind));
    f("parent", text(a.parent), text(b.parent));
    f("aliases", text(a.aliases), text(b.aliases));
}

void goal(const Goal& a, const Goal& b, std::vector<DiffEntry>& out) {
    FieldDiff f("goal:" + b.id, out);
    f("title", text(a.title), text(b.title));
    f("description", text(a.description), text(b.description));
    f("weight", number(a.weight), number(b.weight));
}

void chapter(const Chapter& a, const Chapter& b, std::vector<DiffEntry>& out) {
    FieldDiff f("chapter:" + b.id, out);
    f("title", text(a.title), text(b.title));
    f("weight", number(a.weight), number(b.weight));
}

// Year-keyed values of both sides, every year either side has, in year order.
template <class T, class Each>
void by_year(const std::vector<T>& a, const std::vector<T>& b, Each each) {
    std::map<int, std::pair<const T*, const T*>> years;
    for (const auto& x : a) years[x.year].first = &x;
    for (const auto& x : b) years[x.year].second = &x;
    for (const auto& [year, pair] : years) each(year, pair.first, pair.second);
}

std::string allocation_key(const Allocation& x) { return x.unit + "@" + std::to_string(x.year); }

void target(const Target& a, const Target& b, std::vector<DiffEntry>& out) {
    FieldDiff f("target:" + b.id, out);
    f("name", text(a.name), text(b.name));
    f("goal", text(a.goal), text(b.goal));
    f("measure", text(a.measure), text(b.measure));
    f("direction", text(word(a.direction)), text(word(b.direction)));
    f("kind", text(word(a.kind)), text(word(b.kind)));
    f("additive", text(a.additive ? "true" : "false"), text(b.additive ? "true" : "false"));
    auto year_of = [](const std::optional<YearValue>& v) { return v ? DiffValue(v->year) : DiffValue(); };
    auto value_of = [](const std::optional<YearValue>& v) { return v ? DiffValue(v->value) : DiffValue(); };
    f("baseline.year", year_of(a.baseline), year_of(b.baseline));
    f("baseline.value", value_of(a.baseline), value_of(b.baseline));
    by_year(a.milestones, b.milestones, [&](int year, const YearValue* x, const YearValue* y) {
        f("milestones." + std::to_string(year), x ? number(x->value) : DiffValue(), y ? number(y->value) : DiffValue());
    });
    f("trajectory", text(word(a.trajectory)), text(word(b.trajectory)));
    std::map<std::string, std::pair<const Allocation*, const Allocation*>> allocations;
    for (const auto& x : a.allocations) allocations[allocation_key(x)].first = &x;
    for (const auto& x : b.allocations) allocations[allocation_key(x)].second = &x;
    for (const auto& [key, pair] : allocations)
        f("allocations." + key, pair.first ? number(pair.first->value) : DiffValue(),
          pair.second ? number(pair.second->value) : DiffValue());
    f("owner", text(a.owner), text(b.owner));
    f("weight", number(a.weight), number(b.weight));
    f("source", text(a.source), text(b.source));
    by_year(a.history, b.history, [&](int year, const YearValue* x, const YearValue* y) {
        f("history." + std::to_string(year), x ? number(x->value) : DiffValue(), y ? number(y->value) : DiffValue());
    });
    f("text", text(a.text), text(b.text));
}

// A task's milestones keyed by year; a second one in the same year is `YEAR#2`.
std::map<std::string, const TaskMilestone*> milestone_keys(const std::vector<TaskMilestone>& list) {
    std::map<std::string, const TaskMilestone*> keys;
    std::map<int, int> seen;
    for (const auto& m : list) {
        const int n = ++seen[m.year];
        keys[std::to_string(m.year) + (n > 1 ? "#" + std::to_string(n) : "")] = &m;
    }
    return keys;
}

void task_milestones(const Task& a, const Task& b, FieldDiff& f) {
    auto ka = milestone_keys(a.milestones), kb = milestone_keys(b.milestones);
    std::set<std::string> keys;
    for (const auto& k : ka) keys.insert(k.first);
    for (const auto& k : kb) keys.insert(k.first);
    for (const auto& key : keys) {
        const TaskMilestone* x = ka.count(key) ? ka[key] : nullptr;
        const TaskMilestone* y = kb.count(key) ? kb[key] : nullptr;
        const std::string field = "milestones." + key;
        f(field + ".text", x ? text(x->text) : DiffValue(), y ? text(y->text) : DiffValue());
        f(field + ".value", x ? number(x->value) : DiffValue(), y ? number(y->value) : DiffValue());
        f(field + ".target", x ? text(x->target) : DiffValue(), y ? text(y->target) : DiffValue());
    }
}

void task(const Task& a, const Task& b, std::vector<DiffEntry>& out) {
    FieldDiff f("task:" + b.id, out);
    f("title", text(a.title), text(b.title));
    f("chapter", text(a.chapter), text(b.chapter));
    f("parent", text(a.parent), text(b.parent));
    f("goals", text(a.goals), text(b.goals));
    f("targets", text(a.targets), text(b.targets));
    f("lead", text(a.lead), text(b.lead));
    f("support", text(a.support), text(b.support));
    f("depends_on", text(a.depends_on), text(b.depends_on));
    f("start", whole(a.start), whole(b.start));
    f("end", whole(a.end), whole(b.end));
    task_milestones(a, b, f);
    f("weight", number(a.weight), number(b.weight));
    f("text", text(a.text), text(b.text));
}

// Pairs `a` and `b` by id: `same` for each pair and for each added one in b's order,
// then the removed ones in a's order.
template <class T, class Compare>
void pair_by_id(const std::vector<T>& a, const std::vector<T>& b, const std::string& kind,
                std::vector<DiffEntry>& out, Compare compare) {
    std::unordered_map<std::string_view, const T*> old_by_id, new_by_id;
    old_by_id.reserve(a.size());
    new_by_id.reserve(b.size());
    for (const auto& x : a) old_by_id.emplace(x.id, &x);
    for (const auto& x : b) new_by_id.emplace(x.id, &x);
    for (const auto& y : b) {
        auto it = old_by_id.find(y.id);
        if (it == old_by_id.end()) out.push_back({kind + ":" + y.id, DiffChange::added, {}, {}, {}});
        else compare(*it->second, y, out);
    }
    for (const auto& x : a)
        if (!new_by_id.count(x.id)) out.push_back({kind + ":" + x.id, DiffChange::removed, {}, {}, {}});
}

// Every year of either period, when any expected value differs.
std::optional<TrajectoryChange> trajectory_change(const Target& a, const Target& b, int first, int last) {
    TrajectoryChange t{b.id, {}};
    bool moved = false;
    for (int year = first; year <= last; ++year) {
        auto x = expected_value(a, year), y = expected_value(b, year);
        moved = moved || x.has_value() != y.has_value() || (x && !figures::equal(*x, *y));
        t.years.push_back({year, x, y});
    }
    if (!moved) return std::nullopt;
    return t;
}

// The units that carry a task, leading or supporting (effective, so inherited too).
std::set<std::string> carriers(const Task& t) {
    std::set<std::string> units(t.eff.lead.begin(), t.eff.lead.end());
    units.insert(t.eff.support.begin(), t.eff.support.end());
    return units;
}

std::vector<std::string> minus(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::vector<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

void consequences(const Plan& a, const Plan& b, PlanDiff& d) {
    const int first = std::min(a.start, b.start), last = std::max(a.end, b.end);
    std::unordered_map<std::string_view, const Target*> old_targets;
    for (const auto& t : a.targets) old_targets.emplace(t.id, &t);
    for (const auto& t : b.targets) {
        auto it = old_targets.find(t.id);
        if (it == old_targets.end()) continue;
        if (auto c = trajectory_change(*it->second, t, first, last)) d.trajectories.push_back(std::move(*c));
    }
    std::unordered_map<std::string_view, const Task*> old_tasks;
    old_tasks.reserve(a.tasks.size());
    for (const auto& t : a.tasks) old_tasks.emplace(t.id, &t);
    for (const auto& t : b.tasks) {
        auto it = old_tasks.find(t.id);
        if (it == old_tasks.end()) continue;
        const Task& o = *it->second;
        if (o.eff.lead == t.eff.lead && o.eff.support == t.eff.support) continue;
        auto before = carriers(o), after = carriers(t);
        WorkplanChange w{t.id, minus(after, before), minus(before, after)};
        if (!w.gained.empty() || !w.lost.empty()) d.workplans.push_back(std::move(w));
    }
}

}  // namespace

PlanDiff diff_plans(const Plan& a, const Plan& b) {
    PlanDiff d;
    d.old_plan = a.id;
    d.new_plan = b.id;
    plan_header(a, b, d.entries);
    scoring(a.scoring, b.scoring, d.entries);
    pair_by_id(a.units, b.units, "unit", d.entries, unit);
    pair_by_id(a.goals, b.goals, "goal", d.entries, goal);
    pair_by_id(a.chapters, b.chapters, "chapter", d.entries, chapter);
    pair_by_id(a.targets, b.targets, "target", d.entries, target);
    pair_by_id(a.tasks, b.tasks, "task", d.entries, task);
    for (const auto& e : d.entries) {
        if (e.change == DiffChange::added) ++d.added;
        else if (e.change == DiffChange::removed) ++d.removed;
        else ++d.changed;
    }
    consequences(a, b, d);
    return d;
}

}  // namespace plankit
