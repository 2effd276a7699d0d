// The items of `units`, `goals`, `chapters`, `targets` and `tasks` (plan-format.md),
// each checked on its own; checks across items live in plan_rules_refs.cpp.
#include <algorithm>

#include <fmt/format.h>

#include "display_text.h"
#include "plan_reader.h"

namespace plankit::plan_reader {
namespace {

// The item's id for messages, read quietly (the id's own errors are reported once).
std::string peek_id(const YamlNode& m) {
    const YamlEntry* e = m.find("id");
    if (!e) return {};
    Diagnostics quiet;
    auto id = read_id(ValueRef::of(*e), quiet);
    return id ? *id : std::string();
}

void read_unit(const YamlNode& m, PlanState& state, Diagnostics& diags) {
    Unit u;
    u.loc = m.loc;
    Message where = item_label("unit", peek_id(m));
    check_keys(m, {"id", "name", "kind", "parent", "aliases"}, where, diags);
    require_keys(m, {"id", "name"}, where, diags);
    Fields f(m, diags);
    f.id("id", u.id);
    f.string("name", u.name);
    f.string("kind", u.kind);
    f.id("parent", u.parent, &u.parent_loc);
    if (auto* e = m.find("aliases"); e && expect_sequence(ValueRef::of(*e), diags, say("list_of_names"))) {
        std::size_t n = 0;
        for (const auto& item : e->value->items()) {
            ++n;
            ValueRef ref = ValueRef::item_of(*e, n, *item);
            if (auto s = read_string(ref, diags)) u.aliases.push_back(*s);
        }
    }
    state.plan.units.push_back(std::move(u));
}

void read_goal(const YamlNode& m, PlanState& state, Diagnostics& diags) {
    Goal g;
    g.loc = m.loc;
    Message where = item_label("goal", peek_id(m));
    check_keys(m, {"id", "title", "description", "weight"}, where, diags);
    require_keys(m, {"id", "title"}, where, diags);
    Fields f(m, diags);
    f.id("id", g.id);
    f.string("title", g.title);
    f.string("description", g.description);
    f.weight("weight", g.weight);
    state.plan.goals.push_back(std::move(g));
}

void read_chapter(const YamlNode& m, PlanState& state, Diagnostics& diags) {
    Chapter c;
    c.loc = m.loc;
    Message where = item_label("chapter", peek_id(m));
    check_keys(m, {"id", "title", "weight"}, where, diags);
    require_keys(m, {"id", "title"}, where, diags);
    Fields f(m, diags);
    f.id("id", c.id);
    f.string("title", c.title);
    f.weight("weight", c.weight);
    state.plan.chapters.push_back(std::move(c));
}

// A `{year, value}` mapping.
std::optional<YearValue> read_year_value(const YamlNode& m, const Message& where, Diagnostics& diags) {
    check_keys(m, {"year", "value"}, where, diags);
    require_keys(m, {"year", "value"}, where, diags);
    Fields f(m, diags);
    std::optional<int> year;
    std::optional<double> value;
    f.year("year", year);
    f.number("value", value);
    if (!year || !value) return std::nullopt;
    return YearValue{*year, *value, m.loc};
}

std::vector<YearValue> read_points(const YamlEntry& entry, std::string_view what, Diagnostics& diags) {
    std::vector<YearValue> out;
    for_each_mapping(entry, what, diags, [&](const YamlNode& m) {
        if (auto p = read_year_value(m, say("a_kind", {kind_word(what)}), diags)) out.push_back(*p);
    });
    return out;
}

// Milestone years strictly increasing in list order, all after the baseline (item 15).
void check_milestone_years(const Target& t, Diagnostics& diags) {
    for (std::size_t i = 0; i < t.milestones.size(); ++i) {
        const YearValue& m = t.milestones[i];
        if (i > 0 && m.year <= t.milestones[i - 1].year)
            diags.error(m.loc, say("milestone_order", {std::to_string(m.year), std::to_string(t.milestones[i - 1].year)}));
        else if (t.baseline && m.year <= t.baseline->year)
            diags.error(m.loc, say("milestone_after_baseline", {std::to_string(m.year), std::to_string(t.baseline->year)}));
    }
}

void check_geometric(const Target& t, Diagnostics& diags) {
    auto check = [&](const YearValue& p, const char* what) {
        if (p.value <= 0)
            diags.error(p.loc, say("geometric_positive", {say(what), std::to_string(p.year), fmt::format("{}", p.value)}));
    };
    if (t.baseline) check(*t.baseline, "the_baseline");
    for (const auto& m : t.milestones) check(m, "the_milestone");
}

void read_allocations(const YamlEntry& entry, Target& t, TargetPlaces& places, Diagnostics& diags) {
    if (!t.additive)
        diags.error(entry.key_loc(), say("allocations_not_additive"));
    for_each_mapping(entry, "allocation", diags, [&](const YamlNode& m) {
        check_keys(m, {"unit", "value", "year"}, say("an_allocation"), diags);
        require_keys(m, {"unit", "value"}, say("an_allocation"), diags);
        Fields f(m, diags);
        std::optional<std::string> unit;
        std::optional<double> value;
        std::optional<int> year;
        Location unit_at;
        f.id("unit", unit, &unit_at);
        f.number("value", value);
        f.year("year", year);
        if (!unit || !value || (m.find("year") && !year)) return;
        t.allocations.push_back(Allocation{*unit, *value, year.value_or(0), m.loc});
        places.allocation_units.push_back(unit_at);
    });
}

void read_target(const YamlNode& m, PlanState& state, Diagnostics& diags) {
    Target t;
    TargetPlaces places;
    t.loc = m.loc;
    Message where = item_label("target", peek_id(m));
    check_keys(m, {"id", "name", "goal", "measure", "direction", "kind", "additive", "baseline", "milestones",
                   "trajectory", "allocations", "owner", "weight", "source", "history", "text"},
               where, diags);
    require_keys(m, {"id", "name", "milestones"}, where, diags);
    Fields f(m, diags);
    f.id("id", t.id);
    f.string("name", t.name);
    f.id("goal", t.goal, &places.goal);
    f.string("measure", t.measure);
    int direction = 0, kind = 0, trajectory = 0;
    f.choice("direction", {"increase", "decrease"}, direction);
    f.choice("kind", {"expected", "binding"}, kind);
    f.choice("trajectory", {"linear", "geometric"}, trajectory);
    t.direction = static_cast<Direction>(direction);
    t.kind = static_cast<TargetKind>(kind);
    t.trajectory = static_cast<TrajectoryKind>(trajectory);
    f.boolean("additive", t.additive);
    if (auto* e = m.find("baseline"); e && expect_mapping(ValueRef::of(*e), diags, say("a_mapping_year_value")))
        t.baseline = read_year_value(*e->value, "`baseline`", diags);
    if (auto* e = m.find("milestones")) {
        t.milestones = read_points(*e, "milestone", diags);
        if (e->value->is_sequence() && e->value->items().empty())
            diags.error(e->value->loc, say("no_milestone"));
    }
    check_milestone_years(t, diags);
    if (t.trajectory == TrajectoryKind::geometric) check_geometric(t, diags);
    if (auto* e = m.find("allocations")) read_allocations(*e, t, places, diags);
    f.id("owner", t.owner, &places.owner);
    f.weight("weight", t.weight);
    f.string("source", t.source);
    if (auto* e = m.find("history")) t.history = read_points(*e, "history point", diags);
    f.string("text", t.text);
    state.plan.targets.push_back(std::move(t));
    state.target_places.push_back(std::move(places));
}

void read_task_milestones(const YamlEntry& entry, Task& t, TaskPlaces& places, Diagnostics& diags) {
    for_each_mapping(entry, "task milestone", diags, [&](const YamlNode& m) {
        check_keys(m, {"year", "text", "target", "value"}, say("a_kind", {kind_word("task milestone")}), diags);
        require_keys(m, {"year", "text"}, say("a_kind", {kind_word("task milestone")}), diags);
        Fields f(m, diags);
        TaskMilestone ms;
        ms.loc = m.loc;
        std::optional<int> year;
        std::optional<std::string> text;
        Location target_at;
        f.year("year", year);
        f.string("text", text);
        f.id("target", ms.target, &target_at);
        f.number("value", ms.value);
        if (!year || !text) return;
        ms.year = *year;
        ms.text = *text;
        t.milestones.push_back(std::move(ms));
        places.milestone_targets.push_back(target_at);
    });
}

// A reference list of a task (`goals`, `targets`, `lead`, `support`).
void read_refs(const YamlNode& m, std::string_view key, std::string_view what, bool scalar_ok,
               std::optional<std::vector<std::string>>& out, std::vector<Location>& locs, Diagnostics& diags) {
    const YamlEntry* e = m.find(key);
    if (!e) return;
    std::vector<std::string> ids;
    read_id_list(*e, what, scalar_ok, ids, locs, diags);
    out = std::move(ids);
}

void read_task(const YamlNode& m, PlanState& state, Diagnostics& diags) {
    Task t;
    TaskPlaces places;
    t.loc = m.loc;
    Message where = item_label("task", peek_id(m));
    check_keys(m, {"id", "title", "chapter", "parent", "goals", "targets", "lead", "support", "depends_on",
                   "start", "end", "milestones", "weight", "text"},
               where, diags);
    require_keys(m, {"id", "title"}, where, diags);
    Fields f(m, diags);
    f.id("id", t.id);
    f.string("title", t.title);
    f.id("chapter", t.chapter, &places.chapter);
    f.id("parent", t.parent, &t.parent_loc);
    read_refs(m, "goals", "goal", false, t.goals, places.goals, diags);
    read_refs(m, "targets", "target", false, t.targets, places.targets, diags);
    read_refs(m, "lead", "unit", true, t.lead, places.lead, diags);
    read_refs(m, "support", "unit", false, t.support, places.support, diags);
    if (auto* e = m.find("depends_on")) read_id_list(*e, "task", false, t.depends_on, t.depends_on_locs, diags);
    f.year("start", t.start, &places.start);
    f.year("end", t.end, &places.end);
    if (auto* e = m.find("milestones")) read_task_milestones(*e, t, places, diags);
    f.weight("weight", t.weight);
    f.string("text", t.text);
    state.plan.tasks.push_back(std::move(t));
    state.task_places.push_back(std::move(places));
}

template <class ReadItem>
void read_list(const YamlNode& root, std::string_view key, std::string_view what, PlanState& state,
               Diagnostics& diags, ReadItem read_item) {
    const YamlEntry* e = root.find(key);
    if (!e) return;
    for_each_mapping(*e, what, diags, [&](const YamlNode& m) { read_item(m, state, diags); });
}

// Room for `extra` more items, growing at least twice over so that many small included
// files still cost amortised constant time per item.
template <class T>
void make_room(std::vector<T>& v, std::size_t extra) {
    if (v.size() + extra > v.capacity()) v.reserve(std::max(v.size() + extra, 2 * v.capacity()));
}

// Room for the items of one file's lists: a large plan's lists then never move their
// items while growing.
void reserve_lists(const YamlNode& root, PlanState& state) {
    auto count = [&](std::string_view key) -> std::size_t {
        const YamlEntry* e = root.find(key);
        return e ? e->value->items().size() : 0;
    };
    Plan& p = state.plan;
    make_room(p.units, count("units"));
    make_room(p.goals, count("goals"));
    make_room(p.chapters, count("chapters"));
    make_room(p.targets, count("targets"));
    make_room(state.target_places, count("targets"));
    make_room(p.tasks, count("tasks"));
    make_room(state.task_places, count("tasks"));
}

}  // namespace

void read_lists(const YamlNode& root, PlanState& state, Diagnostics& diags) {
    reserve_lists(root, state);
    read_list(root, "units", "unit", state, diags, read_unit);
    read_list(root, "goals", "goal", state, diags, read_goal);
    read_list(root, "chapters", "chapter", state, diags, read_chapter);
    read_list(root, "targets", "target", state, diags, read_target);
    read_list(root, "tasks", "task", state, diags, read_task);
}

}  // namespace plankit::plan_reader
