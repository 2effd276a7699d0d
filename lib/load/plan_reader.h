// The plan loader's inner parts, shared by its source files: the state built while
// reading (the model plus positions the model does not keep) and the rule functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"
#include "model.h"
#include "yaml_tree.h"

namespace plankit::plan_reader {

// Positions of a target's parts that later checks report at.
struct TargetPlaces {
    Location goal, owner;
    std::vector<Location> allocation_units;
};

// Positions of a task's parts that later checks report at.
struct TaskPlaces {
    Location chapter, start, end;
    std::vector<Location> goals, targets, lead, support;
    std::vector<Location> milestone_targets;  // one per milestone, unknown when absent
};

// The plan being read, with the positions kept beside it (indexes match the plan's lists).
struct PlanState {
    Plan plan;
    bool has_period = false;      // the plan's period was read without error
    bool has_ratings = false;     // `scoring.ratings` was given
    std::vector<TargetPlaces> target_places;
    std::vector<TaskPlaces> task_places;
};

// A mapping's fields read one at a time, each problem reported where it lies.
class Fields {
public:
    Fields(const YamlNode& mapping, Diagnostics& diags) : map_(mapping), diags_(diags) {}

    const YamlEntry* get(std::string_view key) const { return map_.find(key); }
    Diagnostics& diags() const { return diags_; }

    void string(std::string_view key, std::string& out) const;
    void string(std::string_view key, std::optional<std::string>& out) const;
    void id(std::string_view key, std::string& out) const;
    void id(std::string_view key, std::optional<std::string>& out, Location* at = nullptr) const;
    void number(std::string_view key, double& out) const;
    void number(std::string_view key, std::optional<double>& out) const;
    // A weight: a number > 0.
    void weight(std::string_view key, double& out) const;
    void year(std::string_view key, int& out) const;
    void year(std::string_view key, std::optional<int>& out, Location* at = nullptr) const;
    void boolean(std::string_view key, bool& out) const;
    // One of `words` (e.g. increase/decrease), stored as its index.
    void choice(std::string_view key, std::initializer_list<std::string_view> words, int& out) const;

private:
    const YamlNode& map_;
    Diagnostics& diags_;
};

// The word of a kind of item (`task`, `rating band`) in messages: `error.kind.<kind>`.
Message kind_word(std::string_view kind);

// Calls `fn(item)` for each item of the list under `entry` that is a mapping; reports
// a value that is not a list, and items that are not mappings (`what` names one item).
template <class Fn>
void for_each_mapping(const YamlEntry& entry, std::string_view what, Diagnostics& diags, Fn&& fn) {
    ValueRef list = ValueRef::of(entry);
    if (!expect_sequence(list, diags, say("list_of_mappings", {kind_word(what)}))) return;
    std::size_t n = 0;
    for (const YamlNode* item : entry.value->items()) {
        ++n;
        if (item->is_mapping())
            fn(*item);
        else
            expect_mapping(ValueRef::item_of(entry, n, *item), diags, say("a_mapping_of", {kind_word(what)}));
    }
}

// A list of ids (repeats dropped silently, readings.md item 20), their positions beside.
// With `scalar_ok` a single id is accepted as a list of one (`lead`).
void read_id_list(const YamlEntry& entry, std::string_view what, bool scalar_ok,
                  std::vector<std::string>& ids, std::vector<Location>& locs, Diagnostics& diags);

// `task "11"` when the id is known, else `a task`: names an item in messages.
Message item_label(std::string_view kind, const std::string& id);

// The `plan` block (the main file only).
void read_plan_block(const YamlEntry& entry, PlanState& state, Diagnostics& diags);
// The `scoring` block (the main file only); also applies the default ratings.
void read_scoring(const YamlEntry* entry, PlanState& state, Diagnostics& diags);
// Appends the items of `units`, `goals`, `chapters`, `targets`, `tasks` of one file.
void read_lists(const YamlNode& root, PlanState& state, Diagnostics& diags);
// Everything that needs the whole plan: duplicate ids, references, parent loops, years
// against the period, allocation years; then each task's effective attributes.
void check_plan(PlanState& state, Diagnostics& diags);

// Ids are read before the units are known: an invalid id among the errors from the
// `first`-th on that is a unit's name or alias (`lead: 科普部`) is told the unit's id.
void name_units_in_invalid_ids(const Plan& plan, Diagnostics& diags, std::size_t first);
// Fills every task's `eff` from its parent chain (safe on parent loops).
void resolve_effective(Plan& plan);

}  // namespace plankit::plan_reader
