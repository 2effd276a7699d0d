// Reading single fields of a plan mapping (plan_reader.h).
#include <algorithm>
#include <unordered_set>
#include <utility>

#include "display_text.h"
#include "plan_reader.h"

namespace plankit::plan_reader {

void Fields::string(std::string_view key, std::string& out) const {
    if (auto* e = get(key))
        if (auto v = read_string(ValueRef::of(*e), diags_)) out = std::move(*v);
}

void Fields::string(std::string_view key, std::optional<std::string>& out) const {
    if (auto* e = get(key))
        if (auto v = read_string(ValueRef::of(*e), diags_)) out = std::move(*v);
}

void Fields::id(std::string_view key, std::string& out) const {
    if (auto* e = get(key))
        if (auto v = read_id(ValueRef::of(*e), diags_)) out = std::move(*v);
}

void Fields::id(std::string_view key, std::optional<std::string>& out, Location* at) const {
    if (auto* e = get(key)) {
        if (at) *at = e->value->loc;
        if (auto v = read_id(ValueRef::of(*e), diags_)) out = std::move(*v);
    }
}

void Fields::number(std::string_view key, double& out) const {
    if (auto* e = get(key))
        if (auto v = read_number(ValueRef::of(*e), diags_)) out = std::move(*v);
}

void Fields::number(std::string_view key, std::optional<double>& out) const {
    if (auto* e = get(key))
        if (auto v = read_number(ValueRef::of(*e), diags_)) out = std::move(*v);
}

void Fields::weight(std::string_view key, double& out) const {
    auto* e = get(key);
    if (!e) return;
    auto v = read_number(ValueRef::of(*e), diags_);
    if (!v) return;
    if (*v <= 0) {
        diags_.error(e->value->loc, say("weight_positive", {"`" + std::string(key) + "`", display_text(e->value->text)}));
        return;
    }
    out = *v;
}

void Fields::year(std::string_view key, int& out) const {
    if (auto* e = get(key))
        if (auto v = read_year(ValueRef::of(*e), diags_)) out = std::move(*v);
}

void Fields::year(std::string_view key, std::optional<int>& out, Location* at) const {
    if (auto* e = get(key)) {
        if (at) *at = e->value->loc;
        if (auto v = read_year(ValueRef::of(*e), diags_)) out = std::move(*v);
    }
}

void Fields::boolean(std::string_view key, bool& out) const {
    if (auto* e = get(key))
        if (auto v = read_bool(ValueRef::of(*e), diags_)) out = std::move(*v);
}

void Fields::choice(std::string_view key, std::initializer_list<std::string_view> words, int& out) const {
    auto* e = get(key);
    if (!e) return;
    // `a or b or c`, each `or` in the output language; the words as the file must hold them.
    Message expected(std::string(*words.begin()));
    for (auto it = words.begin() + 1; it != words.end(); ++it) expected = say("or", {expected, std::string(*it)});
    ValueRef ref = ValueRef::of(*e);
    if (core_type(*e->value) == CoreType::string) {
        auto it = std::find(words.begin(), words.end(), e->value->text);
        if (it != words.end()) {
            out = static_cast<int>(it - words.begin());
            return;
        }
    }
    diags_.error(e->value->is_null() ? e->key_loc() : e->value->loc,
                 say("expected_for", {expected, ref.what(), describe_value(*e->value)}));
}

void read_id_list(const YamlEntry& entry, std::string_view what, bool scalar_ok,
                  std::vector<std::string>& ids, std::vector<Location>& locs, Diagnostics& diags) {
    ValueRef list = ValueRef::of(entry);
    // Repeats are found by looking back over a short list, through a set in a long one.
    constexpr std::size_t kLongList = 16;
    std::unordered_set<std::string> seen;
    auto add = [&](const ValueRef& ref) {
        auto id = read_id(ref, diags);
        if (!id) return;
        if (ids.size() == kLongList) seen.insert(ids.begin(), ids.end());
        bool repeat = ids.size() < kLongList ? std::find(ids.begin(), ids.end(), *id) != ids.end()
                                             : !seen.insert(*id).second;
        if (repeat) return;
        ids.push_back(*id);
        locs.push_back(ref.node.loc);
    };
    if (scalar_ok && entry.value->is_scalar()) {
        add(list);
        return;
    }
    Message expected = say(scalar_ok ? "id_or_ids" : "ids", {kind_word(what)});
    if (entry.value->is_scalar()) {
        diags.error(entry.value->loc, say("expected_for_write", {expected, list.what(), describe_value(*entry.value),
                                                                 display_text(entry.value->text)}));
        return;
    }
    if (!expect_sequence(list, diags, expected)) return;
    std::size_t n = 0;
    for (const YamlNode* item : entry.value->items()) {
        ++n;
        add(ValueRef::item_of(entry, n, *item));
    }
}

Message kind_word(std::string_view kind) {
    std::string code = "kind." + std::string(kind);
    std::replace(code.begin(), code.end(), ' ', '_');
    return say(std::move(code));
}

Message item_label(std::string_view kind, const std::string& id) {
    if (id.empty()) return say("a_kind", {kind_word(kind)});
    return say("kind_id", {kind_word(kind), quoted_text(id)});
}

}  // namespace plankit::plan_reader
