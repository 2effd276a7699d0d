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

// A field's value as the outputs show it: texts, lists joined by ", " (an empty list is
// absent, as an omitted one is), figures, and years and counts as whole numbers.
DiffValue value(const std::string& s) { return s; }
DiffValue value(const char* s) { return std::string(s); }
DiffValue value(bool b) { return std::string(b ? "true" : "false"); }
DiffValue value(const std::vector<std::string>& list) { return list.empty() ? DiffValue() : DiffValue(joined(list, ", ")); }
DiffValue value(double d) { return d; }
DiffValue value(int i) { return i; }
template <class T>
DiffValue value(const std::optional<T>& v) { return v ? value(*v) : DiffValue(); }

// Whether two sides are the same, before any value is built: most fields of most items
// are, and a plan against itself must cost little more than its two loads (bench/run).
// Figures compare as on paper (figures.h).
bool same(const std::string& a, const std::string& b) { return a == b; }
bool same(const char* a, const char* b) { return std::string_view(a) == b; }
bool same(bool a, bool b) { return a == b; }
bool same(const std::vector<std::string>& a, const std::vector<std::string>& b) { return a == b; }
bool same(double a, double b) { return figures::equal(a, b); }
bool same(int a, int b) { return a == b; }
template <class T>
bool same(const std::optional<T>& a, const std::optional<T>& b) {
    return a.has_value() == b.has_value() && (!a || same(*a, *b));
}
bool same(const std::optional<std::vector<std::string>>& a, const std::optional<std::vector<std::string>>& b) {
    static const std::vector<std::string> none;
    return same(a ? *a : none, b ? *b : none);
}

// The changed fields of one subject (`KIND:ID`, or a bare kind), in the order compared.
class FieldDiff {
public:
    FieldDiff(std::string_view kind, std::string_view id, std::vector<DiffEntry>& out)
        : kind_(kind), id_(id), out_(out) {}
    explicit FieldDiff(std::string_view kind, std::vector<DiffEntry>& out) : kind_(kind), out_(out) {}

    template <class T>
    void operator()(std::string_view field, const T& old_value, const T& new_value) {
        if (same(old_value, new_value)) return;
        std::string subject(kind_);
        if (!id_.empty()) subject.append(":").append(id_);
        out_.push_back({std::move(subject), DiffChange::changed, std::string(field), value(old_value), value(new_value)});
    }

private:
    std::string_view kind_, id_;
    std::vector<DiffEntry>& out_;
};

// The value of an item that one side may lack.
template <class T>
std::optional<double> value_at(const T* item) { return item ? std::optional<double>(item->value) : std::nullopt; }

const char* word(Direction d) { return d == Direction::increase ? "increase" : "decrease"; }
const char* word(TargetKind k) { return k == TargetKind::expected ? "expected" : "binding"; }
const char* word(TrajectoryKind k) { return k == TrajectoryKind::linear ? "linear" : "geometric"; }

void plan_header(const Plan& a, const Plan& b, std::vector<DiffEntry>& out) {
    FieldDiff f("plan", out);
    f("id", a.id, b.id);
    f("title", a.title, b.title);
    f("issuer", a.issuer, b.issuer);
    f("document", a.document, b.document);
    f("issued", a.issued, b.issued);
    f("locale", a.locale, b.locale);
    f("period.start", a.start, b.start);
    f("period.end", a.end, b.end);
    f("vision", a.vision, b.vision);
}

std::string ratings_text(const std::vector<RatingBand>& bands) {
    std::vector<std::string> parts;
    for (const auto& r : bands) parts.push_back(r.label + " " + format_number(r.min, 9));
    return joined(parts, ", ");
}

void scoring(const Scoring& a, const Scoring& b, std::vector<DiffEntry>& out) {
    FieldDiff f("scoring", out);
    f("weights.targets", a.weight_targets, b.weight_targets);
    f("weights.tasks", a.weight_tasks, b.weight_tasks);
    f("support_factor", a.support_factor, b.support_factor);
    for (int s = 0; s < kStatusCount; ++s)
        f(std::string("status_points.") + to_string(static_cast<Status>(s)), a.status_points[s],
          b.status_points[s]);
    f("missing_task_points", a.missing_task_points, b.missing_task_points);
    f("lights.green", a.light_green, b.light_green);
    f("lights.yellow", a.light_yellow, b.light_yellow);
    f("ratings", ratings_text(a.ratings), ratings_text(b.ratings));
    f("max_lead_tasks", a.max_lead_tasks, b.max_lead_tasks);
}

void unit(const Unit& a, const Unit& b, std::vector<DiffEntry>& out) {
    FieldDiff f("unit", b.id, out);
    f("name", a.name, b.name);
    f("kind", a.kind, b.kind);
    f("parent", a.parent, b.parent);
    f("aliases", a.aliases, b.aliases);
}

void goal(const Goal& a, const Goal& b, std::vector<DiffEntry>& out) {
    FieldDiff f("goal", b.id, out);
    f("title", a.title, b.title);
    f("description", a.description, b.description);
    f("weight", a.weight, b.weight);
}

void chapter(const Chapter& a, const Chapter& b, std::vector<DiffEntry>& out) {
    FieldDiff f("chapter", b.id, out);
    f("title", a.title, b.title);
    f("weight", a.weight, b.weight);
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
    FieldDiff f("target", b.id, out);
    f("name", a.name, b.name);
    f("goal", a.goal, b.goal);
    f("measure", a.measure, b.measure);
    f("direction", word(a.direction), word(b.direction));
    f("kind", word(a.kind), word(b.kind));
    f("additive", a.additive, b.additive);
    auto year_of = [](const std::optional<YearValue>& v) { return v ? std::optional<int>(v->year) : std::nullopt; };
    auto value_of = [](const std::optional<YearValue>& v) { return v ? std::optional<double>(v->value) : std::nullopt; };
    f("baseline.year", year_of(a.baseline), year_of(b.baseline));
    f("baseline.value", value_of(a.baseline), value_of(b.baseline));
    by_year(a.milestones, b.milestones, [&](int year, const YearValue* x, const YearValue* y) {
        f("milestones." + std::to_string(year), value_at(x), value_at(y));
    });
    f("trajectory", word(a.trajectory), word(b.trajectory));
    std::map<std::string, std::pair<const Allocation*, const Allocation*>> allocations;
    for (const auto& x : a.allocations) allocations[allocation_key(x)].first = &x;
    for (const auto& x : b.allocations) allocations[allocation_key(x)].second = &x;
    for (const auto& [key, pair] : allocations)
        f("allocations." + key, value_at(pair.first), value_at(pair.second));
    f("owner", a.owner, b.owner);
    f("weight", a.weight, b.weight);
    f("source", a.source, b.source);
    by_year(a.history, b.history, [&](int year, const YearValue* x, const YearValue* y) {
        f("history." + std::to_string(year), value_at(x), value_at(y));
    });
    f("text", a.text, b.text);
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

std::optional<std::string> text_at(const TaskMilestone* m) { return m ? std::optional<std::string>(m->text) : std::nullopt; }

void task_milestones(const Task& a, const Task& b, FieldDiff& f) {
    auto ka = milestone_keys(a.milestones), kb = milestone_keys(b.milestones);
    std::set<std::string> keys;
    for (const auto& k : ka) keys.insert(k.first);
    for (const auto& k : kb) keys.insert(k.first);
    for (const auto& key : keys) {
        const TaskMilestone* x = ka.count(key) ? ka[key] : nullptr;
        const TaskMilestone* y = kb.count(key) ? kb[key] : nullptr;
        const std::string field = "milestones." + key;
        f(field + ".text", text_at(x), text_at(y));
        f(field + ".value", value_at(x), value_at(y));
        f(field + ".target", x ? x->target : std::nullopt, y ? y->target : std::nullopt);
    }
}

void task(const Task& a, const Task& b, std::vector<DiffEntry>& out) {
    FieldDiff f("task", b.id, out);
    f("title", a.title, b.title);
    f("chapter", a.chapter, b.chapter);
    f("parent", a.parent, b.parent);
    f("goals", a.goals, b.goals);
    f("targets", a.targets, b.targets);
    f("lead", a.lead, b.lead);
    f("support", a.support, b.support);
    f("depends_on", a.depends_on, b.depends_on);
    f("start", a.start, b.start);
    f("end", a.end, b.end);
    task_milestones(a, b, f);
    f("weight", a.weight, b.weight);
    f("text", a.text, b.text);
}

// What an added or removed item is called, so a reader need not look its id up.
std::string title_of(const Unit& x) { return x.name; }
std::string title_of(const Goal& x) { return x.title; }
std::string title_of(const Chapter& x) { return x.title; }
std::string title_of(const Target& x) { return x.name; }
std::string title_of(const Task& x) { return x.title; }

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
        if (it == old_by_id.end()) out.push_back({kind + ":" + y.id, DiffChange::added, {}, {}, title_of(y)});
        else compare(*it->second, y, out);
    }
    for (const auto& x : a)
        if (!new_by_id.count(x.id)) out.push_back({kind + ":" + x.id, DiffChange::removed, {}, title_of(x), {}});
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
