// Reading a YAML file into a YamlNode tree: the checks on the bytes, then yaml-cpp's
// event parser, on several cores for a large plan (yaml_cuts.h) and in one piece otherwise.
#include "yaml_tree.h"

#include <algorithm>
#include <cstdio>
#include <system_error>
#include <thread>

#include <sched.h>

#include "display_text.h"
#include "line_index.h"
#include "yaml_arena.h"
#include "yaml_builder.h"
#include "yaml_cuts.h"

namespace plankit {

std::string_view YamlEntry::name() const {
    return key && key->kind == YamlKind::scalar ? key->text : std::string_view{};
}

const Location& YamlEntry::key_loc() const { return key->loc; }

const YamlEntry* YamlNode::find(std::string_view key) const {
    for (const auto& e : entries())
        if (e.key->kind == YamlKind::scalar && e.key->text == key) return &e;
    return nullptr;
}

std::string_view YamlNode::tag_name() const {
    switch (tag) {
        case YamlTag::none: return {};
        case YamlTag::str: return "tag:yaml.org,2002:str";
        case YamlTag::int_: return "tag:yaml.org,2002:int";
        case YamlTag::float_: return "tag:yaml.org,2002:float";
        case YamlTag::bool_: return "tag:yaml.org,2002:bool";
        case YamlTag::map: return "tag:yaml.org,2002:map";
        case YamlTag::seq: return "tag:yaml.org,2002:seq";
    }
    return {};
}

namespace {

// The offset of the first byte that is not UTF-8 (or a NUL, which YAML forbids), if any.
std::optional<std::size_t> first_bad_byte(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = p[i];
        if (c == 0) return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0, min = 0;
        if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F, min = 0x80;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F, min = 0x800;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07, min = 0x10000;
        else return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

// Whether `key` is a key of `map` (compared by text, as duplicates are).
bool has_key(const YamlNode& map, const YamlNode& key) {
    for (const auto& e : map.entries())
        if (e.key->text == key.text && (e.key->is_scalar() || e.key->is_null())) return true;
    return false;
}

// Joins the trees of the pieces into the tree of the whole document, or nullopt when the
// pieces do not join exactly as the document reads in one piece (yaml_cuts.h): then the
// caller parses it whole, which also reports any problem as the document has it.
std::optional<YamlPieceTree> join_pieces(std::vector<YamlPieceTree>& parts) {
    YamlPieceTree& head = parts.front();
    const YamlPieceTree& rest = parts.back();
    for (const auto& p : parts)
        if (p.first_alias.known()) return std::nullopt;  // an alias may point across pieces
    if (!head.root || !head.root->is_mapping() || head.root->flow || head.root->count == 0)
        return std::nullopt;
    const YamlEntry& list = head.root->entries().back();
    if (!list.value->is_sequence() || list.value->flow) return std::nullopt;
    std::vector<const YamlNode*> items(list.value->items().begin(), list.value->items().end());
    for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
        const YamlNode* r = parts[i].root;
        if (!r || !r->is_sequence() || r->flow) return std::nullopt;
        items.insert(items.end(), r->items().begin(), r->items().end());
    }
    std::vector<YamlEntry> entries(head.root->entries().begin(), head.root->entries().end());
    if (rest.root) {
        if (!rest.root->is_mapping() || rest.root->flow) return std::nullopt;
        for (const auto& e : rest.root->entries())
            if (has_key(*head.root, *e.key)) return std::nullopt;
        entries.insert(entries.end(), rest.root->entries().begin(), rest.root->entries().end());
    }
    YamlArena& arena = *head.arena;
    YamlNode* seq = arena.new_node();
    *seq = *list.value;
    seq->count = static_cast<std::uint32_t>(items.size());
    seq->children = arena.copy_list(items.data(), items.size());
    entries[head.root->count - 1].value = seq;
    YamlNode* root = arena.new_node();
    *root = *head.root;
    root->count = static_cast<std::uint32_t>(entries.size());
    root->children = arena.copy_list(entries.data(), entries.size());
    head.root = root;
    head.pieces = parts.size();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        head.written += parts[i].written;
        head.expanded += parts[i].expanded;
        if (parts[i].arena) arena.adopt(parts[i].arena);
    }
    return std::move(head);
}

// Parses the pieces of `cuts` side by side (the first piece and the rest after the list on
// this thread, each other piece on a thread of its own) and joins them; nullopt when any
// piece has a problem or the pieces do not join.
std::optional<YamlPieceTree> parse_in_pieces(const LineIndex& lines, const YamlCuts& cuts,
                                             const YamlLimits& limits) {
    const auto& b = cuts.bounds;
    const std::size_t n = b.size() - 1;  // pieces of the list; one more for the rest
    std::vector<YamlPiece> pieces;
    pieces.push_back({b[0], b[1], 0});
    for (std::size_t i = 1; i < n; ++i) pieces.push_back({b[i], b[i + 1], 1});
    pieces.push_back({b[n], lines.text().size(), 0});
    std::vector<std::optional<YamlPieceTree>> trees(pieces.size());
    std::vector<Diagnostics> diags(pieces.size());
    auto parse = [&](std::size_t i) { trees[i] = build_yaml_tree(lines, pieces[i], diags[i], limits); };
    std::vector<std::thread> threads;
    try {
        for (std::size_t i = 1; i < n; ++i) threads.emplace_back(parse, i);
    } catch (const std::system_error&) {
        // No thread to be had: the pieces started so far finish, the caller reads it whole.
        for (auto& t : threads) t.join();
        return std::nullopt;
    }
    parse(0);
    parse(pieces.size() - 1);
    for (auto& t : threads) t.join();
    std::vector<YamlPieceTree> parts;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (!trees[i] || !diags[i].empty()) return std::nullopt;
        parts.push_back(std::move(*trees[i]));
    }
    return join_pieces(parts);
}

// The cores this process may run on (fewer than the machine's under `taskset` or a
// container's CPU set).
std::size_t available_cores() {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) return static_cast<std::size_t>(CPU_COUNT(&set));
    return std::thread::hardware_concurrency();
}

// Large plans parse in pieces when the process has cores for them.
std::optional<YamlPieceTree> parse_fast(const LineIndex& lines, const YamlLimits& limits) {
    std::size_t cores = limits.threads ? limits.threads : available_cores();
    if (cores < 2 || lines.text().size() < limits.split_bytes) return std::nullopt;
    auto cuts = find_yaml_cuts(lines.text(), std::min<std::size_t>(cores, 16));
    if (!cuts) return std::nullopt;
    return parse_in_pieces(lines, *cuts, limits);
}

}  // namespace

std::optional<YamlDocument> parse_yaml(std::string_view bytes, std::shared_ptr<const std::string> file,
                                       Diagnostics& diags, const YamlLimits& limits) {
    if (file) diags.note_file(*file);
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    LineIndex lines(text, file);
    if (auto bad = first_bad_byte(text)) {
        unsigned char c = static_cast<unsigned char>(text[*bad]);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", c);
        diags.error(lines.at(*bad), c == 0 ? say("not_utf8_nul") : say("not_utf8", {std::string(hex)}));
        return std::nullopt;
    }
    std::optional<YamlPieceTree> tree = parse_fast(lines, limits);
    if (!tree) tree = build_yaml_tree(lines, YamlPiece{0, text.size(), 0}, diags, limits);
    if (!tree) return std::nullopt;
    if (!tree->root) {
        diags.error(lines.start(), say("empty_file"));
        return std::nullopt;
    }
    if (tree->expanded > limits.max_expansion * tree->written) {
        report_alias_expansion(tree->first_alias, tree->written, limits, diags);
        return std::nullopt;
    }
    return YamlDocument{tree->root, file, tree->arena, tree->pieces};
}

std::optional<YamlDocument> read_yaml_file(const FileSource& files, const std::string& path,
                                           std::shared_ptr<const std::string> display, Diagnostics& diags,
                                           const YamlLimits& limits, const Location* at) {
    Location where = at ? *at : Location{display, 1, 1};
    if (files.is_directory(path)) {
        diags.error(where, say("is_directory", {display_text(*display)}));
        return std::nullopt;
    }
    FileRead read = files.read(path, limits.max_input_bytes);
    if (!read.bytes) {
        // The system's reason (strerror) stays in its own words.
        diags.error(where, say("cannot_read", {display_text(*display), read.error}));
        return std::nullopt;
    }
    return parse_yaml(*read.bytes, std::move(display), diags, limits);
}

}  // namespace plankit
