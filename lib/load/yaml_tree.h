// A YAML document as a small tree that remembers where every node was written, read from
// yaml-cpp's event parser with the limits of readings.md (items 1-3, 23, 67-69), plus the
// YAML 1.2 core-schema readers every loader uses to turn scalars into values.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.h"
#include "file_source.h"
#include "location.h"

namespace plankit {

enum class YamlKind : std::uint8_t { null, scalar, sequence, mapping };

// An explicit core-schema tag written on a node (`!!int`, ...); any other tag is reported
// while parsing and not kept.
enum class YamlTag : std::uint8_t { none, str, int_, float_, bool_, map, seq };

struct YamlNode;
class YamlArena;

// One `key: value` pair of a mapping, in the order written.
struct YamlEntry {
    const YamlNode* key = nullptr;
    const YamlNode* value = nullptr;

    // The key's text ("" for a key that is not a scalar).
    std::string_view name() const;
    const Location& key_loc() const;
};

// One node of the tree: a null, a scalar, a sequence or a mapping. Nodes, their texts and
// their child lists live in the document's arena: a large plan has millions of nodes, and
// a heap object for each was most of the loader's time and peak memory. Nodes are shared:
// an alias reads as a shallow copy of its anchored node (located at the alias, its
// children the very nodes of the anchor), never a deep copy.
struct YamlNode {
    YamlKind kind = YamlKind::null;
    bool plain = false;  // a plain (unquoted, non-block) scalar: only these resolve by schema
    bool flow = false;   // a collection written in flow style (`[...]`, `{...}`)
    YamlTag tag = YamlTag::none;  // none also when only the non-specific `!` was written
    std::uint32_t count = 0;      // a sequence's items or a mapping's entries
    Location loc;                 // where the node starts (a mapping: its first key, or its `{`)
    std::string_view text;        // a scalar's text, as the parser delivered it (escapes resolved)
    const void* children = nullptr;  // a sequence's items or a mapping's entries (arena)

    bool is_null() const { return kind == YamlKind::null; }
    bool is_scalar() const { return kind == YamlKind::scalar; }
    bool is_sequence() const { return kind == YamlKind::sequence; }
    bool is_mapping() const { return kind == YamlKind::mapping; }

    // A sequence's items (empty for other kinds).
    std::span<const YamlNode* const> items() const {
        if (kind != YamlKind::sequence) return {};
        return {static_cast<const YamlNode* const*>(children), count};
    }
    // A mapping's entries, duplicates already dropped (empty for other kinds).
    std::span<const YamlEntry> entries() const {
        if (kind != YamlKind::mapping) return {};
        return {static_cast<const YamlEntry*>(children), count};
    }
    // The full form of the explicit tag ("tag:yaml.org,2002:int"), or "" when none.
    std::string_view tag_name() const;

    // The entry whose key text is `key`, or nullptr (a mapping; nullptr for other kinds).
    const YamlEntry* find(std::string_view key) const;
};

// One parsed file: its root node, the display name its locations carry, and the arena
// that holds its nodes (shared, so that copies of the document keep the nodes alive).
struct YamlDocument {
    const YamlNode* root = nullptr;
    std::shared_ptr<const std::string> file;
    std::shared_ptr<const YamlArena> arena;
    std::size_t pieces = 1;  // how many pieces the text was parsed in (yaml_cuts.h)
};

// Limits applied while parsing (readings.md item 69).
struct YamlLimits {
    std::uint64_t max_input_bytes = 256ull << 20;
    int max_depth = 64;         // collections nested deeper are "nested too deeply"
    std::uint64_t max_expansion = 10;  // aliases may multiply the node count this many times
    // Parsing a file at least this large may use this many threads (0: one per core the
    // process may run on); the tree and every message are the same as with one
    // (yaml_cuts.h).
    std::uint64_t split_bytes = 1u << 20;
    unsigned threads = 0;
};

// Parses the bytes of one file (BOM stripped, UTF-8 checked, exactly one document,
// depth/alias limits, explicit tags, duplicate keys). Returns the tree, or nullopt when
// the file cannot be read as a tree at all; recoverable problems (duplicate keys, refused
// tags) are reported in `diags` and the tree is still returned. Aliases inside the value
// of an `x-` key are never followed: they read as null.
std::optional<YamlDocument> parse_yaml(std::string_view bytes,
                                       std::shared_ptr<const std::string> file,
                                       Diagnostics& diags, const YamlLimits& limits = {});

// Reads `path` through `files` and parses it; a missing, unreadable, too large file or a
// directory is reported at `display` (or at `at` when given, e.g. an include entry).
std::optional<YamlDocument> read_yaml_file(const FileSource& files, const std::string& path,
                                           std::shared_ptr<const std::string> display,
                                           Diagnostics& diags, const YamlLimits& limits = {},
                                           const Location* at = nullptr);

// ---- YAML 1.2 core schema -------------------------------------------------------------

// What a node is under the core schema (readings.md item 1), explicit tags included.
enum class CoreType { null, boolean, integer, floating, string, sequence, mapping };

CoreType core_type(const YamlNode& node);
// `the integer 2021`, `the string "yes"`, `a list`, `nothing (null)`: for messages.
Message describe_value(const YamlNode& node);

// True for keys ignored everywhere: free extension data (`x-...`).
bool is_extension_key(std::string_view key);

// How a value is named in messages and where an empty/null value is reported: the key
// (readings.md item 68), since the parser marks a missing value at the next token. The
// name is built only when a message needs it: most values read without one.
struct ValueRef {
    const YamlNode& node;
    const YamlEntry& entry;  // the entry whose key names the value (or the list holding it)
    std::size_t item = 0;    // 1-based item of the list under `entry`, 0 for the value itself

    // A mapping entry: named after its key, a null located at the key.
    static ValueRef of(const YamlEntry& entry) { return ValueRef{*entry.value, entry, 0}; }
    // Item `n` (1-based) of the list under `entry`.
    static ValueRef item_of(const YamlEntry& entry, std::size_t n, const YamlNode& node) {
        return ValueRef{node, entry, n};
    }

    // e.g. "`title`", "item 2 of `support`".
    Message what() const;
    const Location& null_loc() const { return entry.key_loc(); }
};

// Each reader returns the value, or reports "WHAT: expected ..., found ..." and returns
// nullopt. Strings must be YAML strings; numbers int or float (never bool) and finite.
std::optional<std::string> read_string(const ValueRef& v, Diagnostics& diags);
std::optional<long long> read_integer(const ValueRef& v, Diagnostics& diags);
std::optional<double> read_number(const ValueRef& v, Diagnostics& diags);
std::optional<bool> read_bool(const ValueRef& v, Diagnostics& diags);
// A year: a YAML integer in 1900..2200.
std::optional<int> read_year(const ValueRef& v, Diagnostics& diags);
// An id: a string matching [A-Za-z0-9][A-Za-z0-9._-]* or an integer as its decimal text.
std::optional<std::string> read_id(const ValueRef& v, Diagnostics& diags);
// True when `text` has the id syntax.
bool is_valid_id(std::string_view text);

// Checks `v` is a mapping (else reports, returns false).
bool expect_mapping(const ValueRef& v, Diagnostics& diags, const Message& expected = say("a_mapping"));
// Checks `v` is a sequence (else reports, returns false).
bool expect_sequence(const ValueRef& v, Diagnostics& diags, const Message& expected = say("a_list"));

// Reports every key of `mapping` that is not in `known` (nor an `x-` key), suggesting the
// nearest known key when it is close ("did you mean `title`?"); `where` names the
// mapping in messages (e.g. "a task"). Keys that are not scalars are errors too.
void check_keys(const YamlNode& mapping, std::initializer_list<std::string_view> known,
                const Message& where, Diagnostics& diags);
// Reports every key of `required` missing from `mapping`, located at the mapping.
void require_keys(const YamlNode& mapping, std::initializer_list<std::string_view> required,
                  const Message& where, Diagnostics& diags);

}  // namespace plankit
