// Reading scalars of a YamlNode tree as values under the YAML 1.2 core schema, with
// messages that say what was expected and what was found.
#include <algorithm>
#include <cmath>

#include "display_text.h"
#include "number_limits.h"
#include "yaml_scalar.h"
#include "yaml_tree.h"

namespace plankit {
namespace {

const Location& report_loc(const ValueRef& v) {
    return v.node.is_null() ? v.null_loc() : v.node.loc;
}

void mismatch(const ValueRef& v, const Message& expected, Diagnostics& diags) {
    diags.error(report_loc(v), say("expected_for", {expected, v.what(), describe_value(v.node)}));
}

}  // namespace

CoreType core_type(const YamlNode& node) {
    switch (node.kind) {
        case YamlKind::null: return CoreType::null;
        case YamlKind::sequence: return CoreType::sequence;
        case YamlKind::mapping: return CoreType::mapping;
        case YamlKind::scalar: break;
    }
    switch (node.tag) {
        case YamlTag::none: break;
        case YamlTag::int_: return CoreType::integer;
        case YamlTag::float_: return CoreType::floating;
        case YamlTag::bool_: return CoreType::boolean;
        case YamlTag::str:
        case YamlTag::map:
        case YamlTag::seq: return CoreType::string;
    }
    if (!node.plain) return CoreType::string;
    std::string_view s = node.text;
    if (is_core_null(s)) return CoreType::null;
    if (parse_core_bool(s)) return CoreType::boolean;
    if (is_core_int(s)) return CoreType::integer;
    if (is_core_float(s)) return CoreType::floating;
    return CoreType::string;
}

Message describe_value(const YamlNode& node) {
    switch (core_type(node)) {
        case CoreType::null: return say("no_value");
        case CoreType::boolean: return say("the_boolean", {display_text(node.text)});
        case CoreType::integer: return say("the_integer", {display_text(node.text)});
        case CoreType::floating: return say("the_number", {display_text(node.text)});
        case CoreType::string: return say("the_text", {quoted_text(node.text, 40)});
        case CoreType::sequence: return say("a_list");
        case CoreType::mapping: return say("a_mapping");
    }
    return say("a_value");
}

bool is_extension_key(std::string_view key) { return key.substr(0, 2) == "x-"; }

Message ValueRef::what() const {
    std::string key = "`" + display_text(entry.name()) + "`";
    if (item == 0) return key;
    return say("item_of", {std::to_string(item), key});
}

std::optional<std::string> read_string(const ValueRef& v, Diagnostics& diags) {
    CoreType t = core_type(v.node);
    if (t == CoreType::boolean || t == CoreType::integer || t == CoreType::floating) {
        // A plain scalar that the core schema reads as another type: say how to keep it text.
        diags.error(v.node.loc, say("expected_text_quote", {v.what(), describe_value(v.node), display_text(v.node.text)}));
        return std::nullopt;
    }
    if (t != CoreType::string) {
        mismatch(v, say("text"), diags);
        return std::nullopt;
    }
    return std::string(v.node.text);
}

std::optional<long long> read_integer(const ValueRef& v, Diagnostics& diags) {
    if (core_type(v.node) != CoreType::integer) {
        mismatch(v, say("an_integer"), diags);
        return std::nullopt;
    }
    auto value = parse_core_int(v.node.text);
    if (!value) diags.error(v.node.loc, say("integer_too_large", {display_text(v.node.text), v.what()}));
    return value;
}

std::optional<double> read_number(const ValueRef& v, Diagnostics& diags) {
    CoreType t = core_type(v.node);
    if (t != CoreType::integer && t != CoreType::floating) {
        mismatch(v, say("a_number"), diags);
        return std::nullopt;
    }
    auto value = parse_core_float(v.node.text);
    if (!value || !std::isfinite(*value)) {
        diags.error(v.node.loc, say("expected_finite", {v.what(), display_text(v.node.text)}));
        return std::nullopt;
    }
    if (const char* expected = number_limit_code(*value)) {
        diags.error(v.node.loc, say("expected_for", {say(expected), v.what(), display_text(v.node.text)}));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> read_bool(const ValueRef& v, Diagnostics& diags) {
    if (core_type(v.node) != CoreType::boolean) {
        mismatch(v, say("true_or_false"), diags);
        return std::nullopt;
    }
    return parse_core_bool(v.node.text);
}

std::optional<int> read_year(const ValueRef& v, Diagnostics& diags) {
    if (core_type(v.node) != CoreType::integer) {
        mismatch(v, say("a_year"), diags);
        return std::nullopt;
    }
    auto value = parse_core_int(v.node.text);
    if (!value || *value < 1900 || *value > 2200) {
        diags.error(v.node.loc, say("year_outside", {display_text(v.node.text), v.what()}));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

bool is_valid_id(std::string_view text) {
    auto alnum = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    if (text.empty() || !alnum(text[0])) return false;
    return std::all_of(text.begin() + 1, text.end(),
                       [&](char c) { return alnum(c) || c == '.' || c == '_' || c == '-'; });
}

std::optional<std::string> read_id(const ValueRef& v, Diagnostics& diags) {
    CoreType t = core_type(v.node);
    if (t == CoreType::floating) {
        // The float would silently become another id (7.10 is 7.1).
        diags.error(v.node.loc, say("id_is_number", {v.what(), display_text(v.node.text)}));
        return std::nullopt;
    }
    std::string text;
    if (t == CoreType::integer) {
        auto value = parse_core_int(v.node.text);
        if (!value) {
            diags.error(v.node.loc, say("id_too_large", {display_text(v.node.text), v.what()}));
            return std::nullopt;
        }
        text = std::to_string(*value);
    } else if (t == CoreType::string) {
        text = std::string(v.node.text);
    } else {
        mismatch(v, say("an_id"), diags);
        return std::nullopt;
    }
    if (!is_valid_id(text)) {
        diags.error(v.node.loc, say("invalid_id", {quoted_text(text), v.what()}));
        return std::nullopt;
    }
    return text;
}

bool expect_mapping(const ValueRef& v, Diagnostics& diags, const Message& expected) {
    if (v.node.is_mapping()) return true;
    mismatch(v, expected, diags);
    return false;
}

bool expect_sequence(const ValueRef& v, Diagnostics& diags, const Message& expected) {
    if (v.node.is_sequence()) return true;
    mismatch(v, expected, diags);
    return false;
}

void check_keys(const YamlNode& mapping, std::initializer_list<std::string_view> known,
                const Message& where, Diagnostics& diags) {
    for (const auto& e : mapping.entries()) {
        if (e.key->kind != YamlKind::scalar) {
            diags.error(e.key->loc, say("key_not_name", {where, describe_value(*e.key)}));
            continue;
        }
        std::string_view key = e.name();
        if (is_extension_key(key) || std::find(known.begin(), known.end(), key) != known.end())
            continue;
        std::vector<std::string> names(known.begin(), known.end());
        const std::string shown = "`" + display_text(key) + "`";
        if (key == "<<") {
            diags.error(e.key->loc, say("unknown_key_merge", {shown, where}));
        } else if (auto near = nearest_word(key, names)) {
            diags.error(e.key->loc, say("unknown_key_near", {shown, where, *near}));
        } else {
            std::string list;
            for (std::size_t i = 0; i < names.size(); ++i) list += (i ? ", " : "") + names[i];
            diags.error(e.key->loc, say("unknown_key", {shown, where, list}));
        }
    }
}

void require_keys(const YamlNode& mapping, std::initializer_list<std::string_view> required,
                  const Message& where, Diagnostics& diags) {
    for (auto key : required)
        if (!mapping.find(key))
            diags.error(mapping.loc, say("missing_key_in", {std::string(key), where}));
}

}  // namespace plankit
