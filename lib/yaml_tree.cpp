// Building the YamlNode tree from yaml-cpp's events, with positions converted to 1-based
// lines and code-point columns, and the limits of readings.md item 69.
#include "yaml_tree.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <istream>
#include <map>
#include <streambuf>
#include <type_traits>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "display_text.h"
#include "yaml_scalar.h"

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

// The memory of one document: nodes in blocks of a few thousand, texts and child lists in
// byte blocks. Nothing is given back one node at a time; the whole goes with the document.
class YamlArena {
public:
    YamlNode* new_node() {
        if (nodes_used_ == kNodesPerBlock || node_blocks_.empty()) {
            node_blocks_.push_back(std::make_unique<YamlNode[]>(kNodesPerBlock));
            nodes_used_ = 0;
        }
        return &node_blocks_.back()[nodes_used_++];
    }

    std::string_view copy_text(std::string_view text) {
        if (text.empty()) return {};
        auto* p = static_cast<char*>(take(text.size(), 1));
        std::memcpy(p, text.data(), text.size());
        return {p, text.size()};
    }

    template <class T>
    const T* copy_list(const T* first, std::size_t n) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (n == 0) return nullptr;
        auto* p = static_cast<T*>(take(n * sizeof(T), alignof(T)));
        std::memcpy(static_cast<void*>(p), first, n * sizeof(T));
        return p;
    }

private:
    static constexpr std::size_t kNodesPerBlock = 4096;
    static constexpr std::size_t kMaxBlock = std::size_t{1} << 20;

    void* take(std::size_t bytes, std::size_t align) {
        std::size_t at = (used_ + align - 1) / align * align;
        if (bytes_.empty() || at + bytes > size_) {
            // Blocks grow so that a small progress file stays small and a big plan makes
            // few of them.
            size_ = std::max(bytes, std::min<std::size_t>(kMaxBlock, std::max<std::size_t>(4096, size_ * 2)));
            bytes_.push_back(std::make_unique<std::byte[]>(size_));
            at = 0;
        }
        used_ = at + bytes;
        return bytes_.back().get() + at;
    }

    std::vector<std::unique_ptr<YamlNode[]>> node_blocks_;
    std::size_t nodes_used_ = 0;
    std::vector<std::unique_ptr<std::byte[]>> bytes_;
    std::size_t used_ = 0;
    std::size_t size_ = 0;
};

namespace {

constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

// Byte offsets of line starts, to turn yaml-cpp's byte positions into line:col.
class LineIndex {
public:
    LineIndex(std::string_view text, std::shared_ptr<const std::string> file)
        : text_(text), file_(std::move(file)) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
                starts_.push_back(i + 1);
        }
    }

    Location at(std::size_t pos) const {
        pos = std::min(pos, text_.size());
        std::size_t line = line_of(pos);
        std::size_t col = 1;
        for (std::size_t i = starts_[line]; i < pos; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
        return Location{file_, static_cast<int>(line) + 1, static_cast<int>(col)};
    }

    Location at(const YAML::Mark& mark) const {
        if (mark.is_null() || mark.pos < 0) return Location{file_, 1, 1};
        return at(static_cast<std::size_t>(mark.pos));
    }

    std::string_view text() const { return text_; }

private:
    // The parser asks in order of position, almost always on the line of the last call or
    // the next one: try those before searching.
    std::size_t line_of(std::size_t pos) const {
        for (std::size_t line = last_; line < last_ + 2 && line < starts_.size(); ++line) {
            if (pos >= starts_[line] && (line + 1 == starts_.size() || pos < starts_[line + 1]))
                return last_ = line;
        }
        auto it = std::upper_bound(starts_.begin(), starts_.end(), pos);
        return last_ = static_cast<std::size_t>(it - starts_.begin()) - 1;
    }

    mutable std::size_t last_ = 0;
    std::string_view text_;
    std::shared_ptr<const std::string> file_;
    std::vector<std::size_t> starts_;
};

// Whether the quoted scalar opening at `pos` (at `"` or `'`) runs to the end of the file
// without its closing quote: yaml-cpp 0.7 then takes the rest of the file as the string,
// and says nothing when the file ends with a line break.
bool quote_never_closes(std::string_view text, std::size_t pos) {
    const char quote = text[pos];
    for (std::size_t i = pos + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // an escape: the next character cannot close the string
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') ++i;  // '' is a quote
            else return false;
        }
    }
    return true;
}

// Reads the bytes in place: yaml-cpp wants a std::istream, and a std::istringstream would
// copy the whole file (twice, with the std::string it is made from).
class ViewBuf : public std::streambuf {
public:
    explicit ViewBuf(std::string_view text) {
        char* p = const_cast<char*>(text.data());  // read only: no put area is ever set
        setg(p, p, p + text.size());
    }
};

// Thrown by the event handler to stop yaml-cpp once the document cannot become a tree;
// the diagnostic is already recorded.
struct StopParsing {};

std::string short_tag(const std::string& tag) {
    if (tag.rfind(kCoreTagPrefix, 0) == 0) return "!!" + tag.substr(kCoreTagPrefix.size());
    return tag;
}

// The kept core-schema tag named `name` ("int" for "tag:yaml.org,2002:int").
YamlTag core_tag(std::string_view name) {
    if (name == "str") return YamlTag::str;
    if (name == "int") return YamlTag::int_;
    if (name == "float") return YamlTag::float_;
    if (name == "bool") return YamlTag::bool_;
    if (name == "map") return YamlTag::map;
    if (name == "seq") return YamlTag::seq;
    return YamlTag::none;
}

// Saturating sum, so that alias bombs cannot overflow the count.
std::uint64_t add_sat(std::uint64_t a, std::uint64_t b) {
    constexpr std::uint64_t cap = std::uint64_t{1} << 62;
    return a + b > cap ? cap : a + b;
}

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const LineIndex& lines, std::size_t text_bytes, Diagnostics& diags, const YamlLimits& limits)
        : lines_(lines), diags_(diags), limits_(limits), text_bytes_(text_bytes) {}

    const YamlNode* root() const { return root_; }
    std::shared_ptr<const YamlArena> arena() const { return arena_; }
    std::uint64_t written_nodes() const { return written_; }
    std::uint64_t expanded_nodes() const { return root_size_; }
    const Location& first_alias() const { return first_alias_; }

    // The document's aliases would read as too many nodes (readings.md item 69).
    void report_expansion(const Location& at) const {
        diags_.error(at, "aliases expand too far: the document's " + std::to_string(written_) +
                             " nodes would read as more than " +
                             std::to_string(limits_.max_expansion) + " times as many");
    }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnAnchor(const YAML::Mark&, const std::string& name) override { anchor_name_ = name; }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        YamlNode* node = make(YamlKind::null, mark);
        close(node, anchor, 1);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        check_quote_closes(mark);
        YamlNode* node = make(YamlKind::scalar, mark);
        node->text = arena_->copy_text(value);
        node->plain = tag == "?";
        if (tag != "?" && tag != "!") set_scalar_tag(*node, tag);
        close(node, anchor, 1);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        ++written_;
        Location loc = lines_.at(mark);
        if (in_extension()) {
            // Extension data is never read, so its aliases are never followed.
            YamlNode* node = arena_->new_node();
            node->loc = loc;
            attach(node, 1);
            return;
        }
        if (!first_alias_.known()) first_alias_ = loc;
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) {
            // yaml-cpp reports undefined anchors itself; this is only a safety net.
            diags_.error(loc, "alias to an unknown anchor");
            throw StopParsing{};
        }
        const AnchorInfo& info = it->second;
        if (info.open) {
            diags_.error(loc, "alias *" + display_text(info.name) +
                                  " refers to a node that contains it (a loop)");
            throw StopParsing{};
        }
        // A shallow copy (its children stay shared) located at the alias, so that what is
        // said about the node as a whole points at the place that uses it; the expansion
        // limit bounds what these copies cost.
        YamlNode* copy = arena_->new_node();
        *copy = *info.node;
        copy->loc = loc;
        std::uint64_t size = info.size;
        expanded_ = add_sat(expanded_, size);
        // Every written node takes at least a byte, so this bound is passed only by a
        // document that will fail the final check too; stopping here bounds the work.
        if (expanded_ > limits_.max_expansion * std::max<std::uint64_t>(text_bytes_, written_)) {
            report_expansion(loc);
            throw StopParsing{};
        }
        attach(copy, size);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(YamlKind::sequence, mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { close_collection(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(YamlKind::mapping, mark, tag, anchor, style);
    }
    void OnMapEnd() override { close_collection(); }

private:
    // Mappings with more keys than this find duplicates through a hash index instead of
    // comparing with every key before.
    static constexpr std::size_t kIndexedKeys = 16;

    // A collection being read. Its children wait on the builder's shared stacks (from
    // `first` on) and move to the arena, in one piece, when it closes.
    struct Frame {
        YamlNode* node = nullptr;
        YAML::anchor_t anchor = 0;
        std::uint64_t size = 1;
        std::size_t first = 0;
        const YamlNode* pending_key = nullptr;  // a mapping's key waiting for its value
        bool extension = false;                  // the frame lies under an `x-` key
        // Key text -> its entry's position, once the mapping has many keys.
        std::unique_ptr<std::unordered_map<std::string_view, std::size_t>> keys;
    };
    struct AnchorInfo {
        const YamlNode* node = nullptr;
        std::string name;
        bool open = false;
        std::uint64_t size = 1;  // nodes it reads as, aliases inside expanded
    };

    void check_quote_closes(const YAML::Mark& mark) const {
        if (mark.is_null() || mark.pos < 0) return;
        const auto pos = static_cast<std::size_t>(mark.pos);
        std::string_view text = lines_.text();
        if (pos >= text.size() || (text[pos] != '"' && text[pos] != '\'')) return;
        if (!quote_never_closes(text, pos)) return;
        diags_.error(lines_.at(mark), std::string("unterminated quoted string: the ") + text[pos] +
                                          " opened here is never closed");
        throw StopParsing{};
    }

    YamlNode* make(YamlKind kind, const YAML::Mark& mark) {
        ++written_;
        YamlNode* node = arena_->new_node();
        node->kind = kind;
        node->loc = lines_.at(mark);
        return node;
    }

    bool in_extension() const {
        if (stack_.empty()) return false;
        const Frame& top = stack_.back();
        if (top.extension) return true;
        return top.node->kind == YamlKind::mapping && top.pending_key &&
               top.pending_key->kind == YamlKind::scalar && is_extension_key(top.pending_key->text);
    }

    void register_anchor(YAML::anchor_t anchor, const YamlNode* node, bool is_open) {
        if (anchor == 0) return;
        anchors_[anchor] = AnchorInfo{node, anchor_name_, is_open, 1};
        anchor_name_.clear();
    }

    // A refused tag is reported once; the node then reads by its text alone, so that the
    // same value is not reported again as being of the wrong type.
    void report_tag(YamlNode& node, const std::string& tag, const std::string& why) {
        diags_.error(node.loc, "tag " + display_text(short_tag(tag)) + " " + why);
        node.plain = node.kind == YamlKind::scalar;
    }

    void set_scalar_tag(YamlNode& node, const std::string& tag) {
        static const std::vector<std::string> scalar_tags = {"str", "int", "float", "bool", "null"};
        std::string name = tag.rfind(kCoreTagPrefix, 0) == 0 ? tag.substr(kCoreTagPrefix.size()) : "";
        bool core = std::find(scalar_tags.begin(), scalar_tags.end(), name) != scalar_tags.end();
        if (!core) {
            if (name == "map" || name == "seq")
                report_tag(node, tag, "on a scalar");
            else
                report_tag(node, tag, "is not supported (only !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)");
            return;
        }
        std::string_view t = node.text;
        bool fits = name == "str" || (name == "int" && is_core_int(t)) ||
                    (name == "float" && (is_core_float(t) || is_core_int(t))) ||
                    (name == "bool" && parse_core_bool(t)) || (name == "null" && is_core_null(t));
        if (!fits) {
            report_tag(node, tag, "on " + quoted_text(t) + ", which is not a" +
                                      (name == "int" ? "n integer" : " " + name));
            return;
        }
        if (name == "null") {
            node.kind = YamlKind::null;
            node.text = {};
            return;
        }
        node.tag = core_tag(name);
    }

    void set_collection_tag(YamlNode& node, const std::string& tag) {
        if (tag == "?" || tag == "!" || tag.empty()) return;
        std::string want = std::string(kCoreTagPrefix) + (node.kind == YamlKind::mapping ? "map" : "seq");
        std::string name = tag.rfind(kCoreTagPrefix, 0) == 0 ? tag.substr(kCoreTagPrefix.size()) : "";
        if (tag == want) {
            node.tag = core_tag(name);
            return;
        }
        bool core = name == "str" || name == "int" || name == "float" || name == "bool" ||
                    name == "null" || name == "map" || name == "seq";
        if (core)
            report_tag(node, tag, node.kind == YamlKind::mapping ? "on a mapping" : "on a list");
        else
            report_tag(node, tag, "is not supported (only !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)");
    }

    void open(YamlKind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style) {
        YamlNode* node = make(kind, mark);
        node->flow = style == YAML::EmitterStyle::Flow;
        set_collection_tag(*node, tag);
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            diags_.error(node->loc, "nested too deeply (more than " +
                                        std::to_string(limits_.max_depth) + " levels)");
            throw StopParsing{};
        }
        bool ext = in_extension();
        register_anchor(anchor, node, true);
        Frame frame;
        frame.node = node;
        frame.anchor = anchor;
        frame.first = kind == YamlKind::sequence ? items_.size() : entries_.size();
        frame.extension = ext;
        stack_.push_back(std::move(frame));
    }

    void close_collection() {
        Frame frame = std::move(stack_.back());
        stack_.pop_back();
        YamlNode& node = *frame.node;
        if (node.kind == YamlKind::sequence) {
            node.count = static_cast<std::uint32_t>(items_.size() - frame.first);
            node.children = arena_->copy_list(items_.data() + frame.first, node.count);
            items_.resize(frame.first);
        } else {
            // A key without a value cannot come from yaml-cpp; keep the tree consistent.
            if (frame.pending_key) entries_.push_back({frame.pending_key, arena_->new_node()});
            node.count = static_cast<std::uint32_t>(entries_.size() - frame.first);
            node.children = arena_->copy_list(entries_.data() + frame.first, node.count);
            entries_.resize(frame.first);
        }
        close(frame.node, frame.anchor, frame.size);
    }

    void close(const YamlNode* node, YAML::anchor_t anchor, std::uint64_t size) {
        if (anchor != 0) {
            auto it = anchors_.find(anchor);
            if (it == anchors_.end() || it->second.node != node) {
                register_anchor(anchor, node, false);
                it = anchors_.find(anchor);
            }
            it->second.open = false;
            it->second.size = size;
        }
        attach(node, size);
    }

    // Adds a finished node to the collection being built (or makes it the root).
    void attach(const YamlNode* node, std::uint64_t size) {
        if (stack_.empty()) {
            root_ = node;
            root_size_ = size;
            return;
        }
        Frame& top = stack_.back();
        top.size = add_sat(top.size, size);
        if (top.node->kind == YamlKind::sequence) {
            items_.push_back(node);
            return;
        }
        if (!top.pending_key) {
            top.pending_key = node;
            return;
        }
        const YamlNode* key = top.pending_key;
        top.pending_key = nullptr;
        if (const YamlEntry* first = find_same_key(top, *key)) {
            diags_.error(key->loc, "duplicate key " + quoted_text(key->text) + " (first at line " +
                                       std::to_string(first->key->loc.line) + ", column " +
                                       std::to_string(first->key->loc.col) +
                                       "); the first value is kept");
            return;
        }
        entries_.push_back({key, node});
        if (top.keys) top.keys->emplace(key->text, entries_.size() - 1 - top.first);
    }

    // Keys are compared by text (readings.md item 2): `1` and "1" are the same key.
    const YamlEntry* find_same_key(Frame& map, const YamlNode& key) {
        auto textual = [](const YamlNode& n) {
            return n.kind == YamlKind::null || n.kind == YamlKind::scalar;
        };
        if (!textual(key)) return nullptr;
        const std::size_t n = entries_.size() - map.first;
        if (n >= kIndexedKeys && !map.keys) {
            map.keys = std::make_unique<std::unordered_map<std::string_view, std::size_t>>();
            for (std::size_t i = 0; i < n; ++i)
                if (textual(*entries_[map.first + i].key)) map.keys->emplace(entries_[map.first + i].key->text, i);
        }
        if (map.keys) {
            auto it = map.keys->find(key.text);
            return it == map.keys->end() ? nullptr : &entries_[map.first + it->second];
        }
        for (std::size_t i = map.first; i < entries_.size(); ++i)
            if (textual(*entries_[i].key) && entries_[i].key->text == key.text) return &entries_[i];
        return nullptr;
    }

    const LineIndex& lines_;
    std::shared_ptr<YamlArena> arena_ = std::make_shared<YamlArena>();
    Diagnostics& diags_;
    const YamlLimits& limits_;
    std::vector<Frame> stack_;
    std::vector<const YamlNode*> items_;  // items of the open sequences, innermost last
    std::vector<YamlEntry> entries_;      // entries of the open mappings, innermost last
    std::map<YAML::anchor_t, AnchorInfo> anchors_;
    std::string anchor_name_;
    const YamlNode* root_ = nullptr;
    std::uint64_t root_size_ = 0;
    std::size_t text_bytes_;
    std::uint64_t written_ = 0;
    std::uint64_t expanded_ = 0;  // alias expansions so far
    Location first_alias_;
};

// Watches for the start of a second document, which is an error.
class SecondDocumentProbe : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> start;

    void OnDocumentStart(const YAML::Mark& mark) override {
        start = mark;
        throw StopParsing{};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

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

void report_yaml_error(const LineIndex& lines, const YAML::Exception& e, Diagnostics& diags) {
    diags.error(lines.at(e.mark), "YAML syntax error: " + display_text(e.msg));
}

// Looks for content after the first document, which must be the only one.
void check_single_document(YAML::Parser& parser, std::string_view text, const LineIndex& lines,
                           Diagnostics& diags) {
    SecondDocumentProbe probe;
    try {
        parser.HandleNextDocument(probe);
    } catch (const StopParsing&) {
    } catch (const YAML::Exception& e) {
        report_yaml_error(lines, e, diags);
        return;
    }
    if (!probe.start) return;
    auto pos = static_cast<std::size_t>(std::max(0, probe.start->pos));
    bool marker = text.substr(std::min(pos, text.size()), 3) == "---";
    diags.error(lines.at(*probe.start),
                marker ? "a second YAML document: a file holds exactly one"
                       : "unexpected content after the end of the document");
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
        diags.error(lines.at(*bad), c == 0 ? std::string("not UTF-8 text: a NUL byte; save the file as UTF-8 text")
                                           : std::string("not UTF-8: byte ") + hex +
                                                 " cannot start or continue a character; save the file as UTF-8");
        return std::nullopt;
    }
    ViewBuf buf(text);
    std::istream in(&buf);
    YAML::Parser parser(in);
    TreeBuilder builder(lines, text.size(), diags, limits);
    try {
        if (!parser.HandleNextDocument(builder)) {
            diags.error(Location{file, 1, 1}, "empty file: no YAML document");
            return std::nullopt;
        }
    } catch (const StopParsing&) {
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        report_yaml_error(lines, e, diags);
        return std::nullopt;
    } catch (const std::exception& e) {
        diags.error(Location{file, 1, 1}, "cannot parse: " + display_text(e.what()));
        return std::nullopt;
    }
    std::size_t before = diags.size();
    check_single_document(parser, text, lines, diags);
    if (diags.size() != before) return std::nullopt;
    if (!builder.root()) {
        diags.error(Location{file, 1, 1}, "empty file: no YAML document");
        return std::nullopt;
    }
    std::uint64_t written = builder.written_nodes();
    std::uint64_t expanded = builder.expanded_nodes();
    if (expanded > limits.max_expansion * written) {
        builder.report_expansion(builder.first_alias());
        return std::nullopt;
    }
    return YamlDocument{builder.root(), file, builder.arena()};
}

std::optional<YamlDocument> read_yaml_file(const FileSource& files, const std::string& path,
                                           std::shared_ptr<const std::string> display, Diagnostics& diags,
                                           const YamlLimits& limits, const Location* at) {
    Location where = at ? *at : Location{display, 1, 1};
    if (files.is_directory(path)) {
        diags.error(where, display_text(*display) + " is a directory, not a YAML file");
        return std::nullopt;
    }
    FileRead read = files.read(path, limits.max_input_bytes);
    if (!read.bytes) {
        diags.error(where, "cannot read " + display_text(*display) + ": " + read.error);
        return std::nullopt;
    }
    return parse_yaml(*read.bytes, std::move(display), diags, limits);
}

}  // namespace plankit
