// Checks across the whole plan: duplicate ids, references to unknown ids, parent loops,
// years against the plan period, allocation years (plan-format.md; readings.md 9, 16,
// 18, 22), then the tasks' effective attributes.
#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "display_text.h"
#include "id_index.h"
#include "plan_reader.h"

namespace plankit::plan_reader {
namespace {

// Ids of one kind, each mapped to its first definition (views of the items' ids, which
// stay in place while the plan is checked), and the list of them for suggestions.
struct KnownIds {
    IdIndex index;
    std::vector<std::string_view> ids;
    // Units only: each name and alias with the unit's id, for a reference written with the
    // name people use (`lead: 科普部`) instead of the id.
    std::vector<std::pair<std::string_view, std::string_view>> names;
};

// The unit whose name or alias `text` is, if any (the first in plan order).
std::optional<std::string_view> unit_named(const KnownIds& known, std::string_view text) {
    for (const auto& [name, id] : known.names)
        if (name == text) return id;
    return std::nullopt;
}

std::string at_text(const Location& loc) {
    return loc.line > 0 ? to_string(loc) : loc.file_name();
}

template <class Item>
KnownIds index_ids(const std::vector<Item>& items, std::string_view kind, Diagnostics& diags) {
    KnownIds known;
    known.index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id.empty()) continue;  // the id itself was in error
        if (known.index.insert(items[i].id, i)) {
            known.ids.push_back(items[i].id);
            continue;
        }
        const auto& first = items[*known.index.find(items[i].id)];
        diags.error(items[i].loc, say("duplicate_id", {kind_word(kind), quoted_text(items[i].id), at_text(first.loc)}));
    }
    return known;
}

// Reports `id` at `loc` when `known` lacks it, suggesting a near id.
void check_ref(const KnownIds& known, std::string_view kind, const std::string& id, const Location& loc,
               std::string_view field, Diagnostics& diags) {
    if (known.index.find(id)) return;
    std::vector<Message> args{"`" + std::string(field) + "`", kind_word(kind), quoted_text(id)};
    if (auto named = unit_named(known, id)) {
        args.push_back(quoted_text(*named));
        diags.error(loc, say("unknown_ref_named", std::move(args)));
        return;
    }
    // Suggestions cost a pass over every id; skip them on very large plans.
    if (known.ids.size() <= 2000) {
        std::vector<std::string> ids(known.ids.begin(), known.ids.end());
        std::sort(ids.begin(), ids.end());  // ties go to the smallest id
        if (auto near = nearest_word(id, ids)) {
            args.push_back(quoted_text(*near));
            diags.error(loc, say("unknown_ref_near", std::move(args)));
            return;
        }
    }
    diags.error(loc, say("unknown_ref", std::move(args)));
}

void check_list(const KnownIds& index, std::string_view kind, const std::vector<std::string>& ids,
                const std::vector<Location>& locs, std::string_view field, Diagnostics& diags) {
    for (std::size_t i = 0; i < ids.size() && i < locs.size(); ++i)
        check_ref(index, kind, ids[i], locs[i], field, diags);
}

// One error per parent loop, at the `parent` of the member with the smallest id.
template <class Item>
void check_parent_loops(const std::vector<Item>& items, const KnownIds& known, std::string_view kind,
                        Diagnostics& diags) {
    // 0 = not visited, 1 = on the current walk, 2 = done.
    std::vector<int> state(items.size(), 0);
    for (std::size_t start = 0; start < items.size(); ++start) {
        if (state[start] != 0) continue;
        std::vector<std::size_t> walk;
        std::size_t i = start;
        while (true) {
            if (state[i] == 2) break;
            if (state[i] == 1) {
                auto from = std::find(walk.begin(), walk.end(), i);
                std::vector<std::size_t> loop(from, walk.end());
                auto smallest = *std::min_element(loop.begin(), loop.end(), [&](std::size_t a, std::size_t b) {
                    return items[a].id < items[b].id;
                });
                std::string members;
                auto pos = std::find(loop.begin(), loop.end(), smallest) - loop.begin();
                for (std::size_t k = 0; k <= loop.size(); ++k)
                    members += (k ? " -> " : "") + display_text(items[loop[(pos + k) % loop.size()]].id);
                diags.error(items[smallest].parent_loc, say("parent_loop", {kind_word(kind), members}));
                break;
            }
            state[i] = 1;
            walk.push_back(i);
            if (!items[i].parent) break;
            auto parent = known.index.find(*items[i].parent);
            if (!parent) break;
            i = *parent;
        }
        for (std::size_t k : walk) state[k] = 2;
    }
}

struct Indexes {
    KnownIds units, goals, chapters, targets, tasks;
};

void check_references(const PlanState& s, const Indexes& ix, Diagnostics& diags) {
    const Plan& p = s.plan;
    for (const auto& u : p.units)
        if (u.parent) check_ref(ix.units, "unit", *u.parent, u.parent_loc, "parent", diags);
    for (std::size_t i = 0; i < p.targets.size(); ++i) {
        const Target& t = p.targets[i];
        const TargetPlaces& places = s.target_places[i];
        if (t.goal) check_ref(ix.goals, "goal", *t.goal, places.goal, "goal", diags);
        if (t.owner) check_ref(ix.units, "unit", *t.owner, places.owner, "owner", diags);
        for (std::size_t a = 0; a < t.allocations.size(); ++a)
            check_ref(ix.units, "unit", t.allocations[a].unit, places.allocation_units[a], "unit", diags);
    }
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const Task& t = p.tasks[i];
        const TaskPlaces& places = s.task_places[i];
        if (t.chapter) check_ref(ix.chapters, "chapter", *t.chapter, places.chapter, "chapter", diags);
        if (t.parent) check_ref(ix.tasks, "task", *t.parent, t.parent_loc, "parent", diags);
        if (t.goals) check_list(ix.goals, "goal", *t.goals, places.goals, "goals", diags);
        if (t.targets) check_list(ix.targets, "target", *t.targets, places.targets, "targets", diags);
        if (t.lead) check_list(ix.units, "unit", *t.lead, places.lead, "lead", diags);
        if (t.support) check_list(ix.units, "unit", *t.support, places.support, "support", diags);
        check_list(ix.tasks, "task", t.depends_on, t.depends_on_locs, "depends_on", diags);
        for (std::size_t m = 0; m < t.milestones.size(); ++m)
            if (t.milestones[m].target)
                check_ref(ix.targets, "target", *t.milestones[m].target, places.milestone_targets[m], "target",
                          diags);
    }
}

// A task's own start/end within period.start .. (vision or period.end) (item 18).
// Returns false when a year was reported.
bool check_task_years(const Plan& p, const Task& t, const TaskPlaces& places, Diagnostics& diags) {
    int last = p.vision.value_or(p.end);
    Message range = say(p.vision ? "range_to_vision" : "range_period", {std::to_string(p.start), std::to_string(last)});
    bool ok = true;
    auto check = [&](const std::optional<int>& year, const Location& loc, const char* key) {
        if (!year || (*year >= p.start && *year <= last)) return;
        ok = false;
        diags.error(loc, say("task_year_outside", {std::string("`") + key + "`", std::to_string(*year), quoted_text(t.id), range}));
    };
    check(t.start, places.start, "start");
    check(t.end, places.end, "end");
    return ok;
}

// The default allocation year: the last milestone year <= period.end (item 16).
void resolve_allocation_years(Plan& p, Diagnostics& diags) {
    for (auto& t : p.targets) {
        std::optional<int> fallback;
        for (const auto& m : t.milestones)
            if (m.year <= p.end) fallback = m.year;
        for (auto& a : t.allocations) {
            if (a.year != 0) continue;
            if (fallback)
                a.year = *fallback;
            else
                diags.error(a.loc, say("allocation_year", {quoted_text(t.id)}));
        }
    }
}

}  // namespace

void name_units_in_invalid_ids(const Plan& plan, Diagnostics& diags, std::size_t first) {
    for (auto it = diags.since(first); it != diags.end(); ++it) {
        Message& m = it->message;
        if (m.code != "invalid_id" || m.args.size() != 2) continue;
        for (const auto& u : plan.units) {
            bool named = quoted_text(u.name) == m.args[0].text;
            for (const auto& alias : u.aliases) named = named || quoted_text(alias) == m.args[0].text;
            if (!named || u.id.empty()) continue;
            m = say("invalid_id_unit_name", {m.args[0], m.args[1], quoted_text(u.id)});
            break;
        }
    }
}

void check_plan(PlanState& s, Diagnostics& diags) {
    Plan& p = s.plan;
    Indexes ix{index_ids(p.units, "unit", diags), index_ids(p.goals, "goal", diags),
               index_ids(p.chapters, "chapter", diags), index_ids(p.targets, "target", diags),
               index_ids(p.tasks, "task", diags)};
    for (const auto& u : p.units) {
        if (u.id.empty()) continue;
        if (!u.name.empty()) ix.units.names.emplace_back(u.name, u.id);
        for (const auto& alias : u.aliases) ix.units.names.emplace_back(alias, u.id);
    }
    check_references(s, ix, diags);
    check_parent_loops(p.units, ix.units, "unit", diags);
    check_parent_loops(p.tasks, ix.tasks, "task", diags);
    resolve_effective(p);
    if (!s.has_period) return;
    resolve_allocation_years(p, diags);
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const Task& t = p.tasks[i];
        // A year outside the period is reported once, not again as a reversed span.
        if (!check_task_years(p, t, s.task_places[i], diags) || t.eff.start <= t.eff.end) continue;
        const TaskPlaces& places = s.task_places[i];
        Location at = t.end ? places.end : t.start ? places.start : t.loc;
        diags.error(at, say(t.start && t.end ? "task_reversed" : "task_reversed_inherited",
                            {quoted_text(t.id), std::to_string(t.eff.end), std::to_string(t.eff.start)}));
    }
}

void resolve_effective(Plan& plan) {
    IdIndex index;
    index.reserve(plan.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) index.insert(plan.tasks[i].id, i);
    auto parent_of = [&](std::size_t i) -> std::optional<std::size_t> {
        const Task& t = plan.tasks[i];
        if (!t.parent) return std::nullopt;
        return index.find(*t.parent);
    };
    // 0 = to do, 1 = on the chain being walked, 2 = done. Walking up first and filling
    // downwards keeps deep chains off the call stack.
    std::vector<int> state(plan.tasks.size(), 0);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        std::vector<std::size_t> chain;
        for (std::optional<std::size_t> j = i; j && state[*j] == 0; j = parent_of(*j)) {
            state[*j] = 1;
            chain.push_back(*j);
        }
        for (std::size_t k = chain.size(); k-- > 0;) {
            Task& t = plan.tasks[chain[k]];
            auto p = parent_of(chain[k]);
            // A parent still on the chain means a parent loop: treat the task as top-level.
            const EffectiveTask* up = p && state[*p] == 2 ? &plan.tasks[*p].eff : nullptr;
            EffectiveTask& e = t.eff;
            e.chapter = t.chapter ? t.chapter : up ? up->chapter : std::nullopt;
            e.goals = t.goals ? *t.goals : up ? up->goals : std::vector<std::string>{};
            e.targets = t.targets ? *t.targets : up ? up->targets : std::vector<std::string>{};
            e.lead = t.lead ? *t.lead : up ? up->lead : std::vector<std::string>{};
            e.support = t.support ? *t.support : up ? up->support : std::vector<std::string>{};
            e.start = t.start ? *t.start : up ? up->start : plan.start;
            e.end = t.end ? *t.end : up ? up->end : plan.end;
            state[chain[k]] = 2;
        }
    }
}

}  // namespace plankit::plan_reader
