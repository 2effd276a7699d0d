// Building the YamlNode tree from yaml-cpp's events, with positions converted to 1-based
// lines and code-point columns, and the limits of readings.md item 69.
#include "yaml_builder.h"

#include <algorithm>
#include <cstddef>
#include <istream>
#include <map>
#include <streambuf>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "display_text.h"
#include "yaml_arena.h"
#include "yaml_scalar.h"

namespace plankit {
namespace {

constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

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

// Builds the tree event by event; throws StopParsing once it cannot become one.
class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const LineIndex& lines, const YamlPiece& piece, Diagnostics& diags, const YamlLimits& limits)
        : lines_(lines),
          text_(lines.text().substr(piece.begin, piece.end - piece.begin)),
          base_(piece.begin),
          depth_(piece.depth),
          diags_(diags),
          limits_(limits) {}

    YamlPieceTree result() const { return YamlPieceTree{root_, arena_, written_, root_size_, first_alias_}; }

    // Where yaml-cpp's mark lies in the whole document.
    Location at(const YAML::Mark& mark) {
        if (mark.is_null() || mark.pos < 0) return lines_.start();
        return lines_.at(base_ + static_cast<std::size_t>(mark.pos), hint_);
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
        Location loc = at(mark);
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
            diags_.error(loc, say("unknown_anchor"));
            throw StopParsing{};
        }
        const AnchorInfo& info = it->second;
        if (info.open) {
            diags_.error(loc, say("alias_loop", {display_text(info.name)}));
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
        if (expanded_ > limits_.max_expansion * std::max<std::uint64_t>(text_.size(), written_)) {
            report_alias_expansion(loc, written_, limits_, diags_);
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

    void check_quote_closes(const YAML::Mark& mark) {
        if (mark.is_null() || mark.pos < 0) return;
        const auto pos = static_cast<std::size_t>(mark.pos);
        std::string_view text = text_;  // a quote closing only in a later piece never closes here
        if (pos >= text.size() || (text[pos] != '"' && text[pos] != '\'')) return;
        if (!quote_never_closes(text, pos)) return;
        diags_.error(at(mark), say("unterminated_quote", {std::string(1, text[pos])}));
        throw StopParsing{};
    }

    YamlNode* make(YamlKind kind, const YAML::Mark& mark) {
        ++written_;
        YamlNode* node = arena_->new_node();
        node->kind = kind;
        node->loc = at(mark);
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
    void report_tag(YamlNode& node, const std::string& tag, const char* code, std::vector<Message> more = {}) {
        std::vector<Message> args{display_text(short_tag(tag))};
        args.insert(args.end(), more.begin(), more.end());
        diags_.error(node.loc, say(code, std::move(args)));
        node.plain = node.kind == YamlKind::scalar;
    }

    void set_scalar_tag(YamlNode& node, const std::string& tag) {
        static const std::vector<std::string> scalar_tags = {"str", "int", "float", "bool", "null"};
        std::string name = tag.rfind(kCoreTagPrefix, 0) == 0 ? tag.substr(kCoreTagPrefix.size()) : "";
        bool core = std::find(scalar_tags.begin(), scalar_tags.end(), name) != scalar_tags.end();
        if (!core) {
            if (name == "map" || name == "seq")
                report_tag(node, tag, "tag_on_scalar");
            else
                report_tag(node, tag, "tag_unsupported");
            return;
        }
        std::string_view t = node.text;
        bool fits = name == "str" || (name == "int" && is_core_int(t)) ||
                    (name == "float" && (is_core_float(t) || is_core_int(t))) ||
                    (name == "bool" && parse_core_bool(t)) || (name == "null" && is_core_null(t));
        if (!fits) {
            if (name == "int")
                report_tag(node, tag, "tag_not_integer", {quoted_text(t)});
            else
                report_tag(node, tag, "tag_not_a", {quoted_text(t), name});
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
            report_tag(node, tag, node.kind == YamlKind::mapping ? "tag_on_mapping" : "tag_on_list");
        else
            report_tag(node, tag, "tag_unsupported");
    }

    void open(YamlKind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style) {
        YamlNode* node = make(kind, mark);
        node->flow = style == YAML::EmitterStyle::Flow;
        set_collection_tag(*node, tag);
        if (depth_ + static_cast<int>(stack_.size()) >= limits_.max_depth) {
            diags_.error(node->loc, say("too_deep", {std::to_string(limits_.max_depth)}));
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
            diags_.error(key->loc, say("duplicate_key", {quoted_text(key->text), std::to_string(first->key->loc.line),
                                                         std::to_string(first->key->loc.col)}));
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
    std::string_view text_;  // the piece
    std::size_t base_;       // its offset in the document
    int depth_;              // collections around it
    std::size_t hint_ = 0;   // the line of the last position asked
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

// Whether the indentation of the line holding byte `pos` has a tab. YAML indents with
// spaces only, and yaml-cpp then says only "illegal block entry" or the like.
bool tab_in_indentation(std::string_view text, std::size_t pos) {
    pos = std::min(pos, text.size());
    std::size_t start = text.find_last_of("\n\r", pos == 0 ? 0 : pos - 1);
    start = start == std::string_view::npos || pos == 0 ? 0 : start + 1;
    for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i)
        if (text[i] == '\t') return true;
    return false;
}

void report_yaml_error(const LineIndex& lines, std::size_t base, const YAML::Exception& e, Diagnostics& diags) {
    if (e.mark.is_null() || e.mark.pos < 0) {
        diags.error(lines.start(), say("yaml_syntax", {display_text(e.msg)}));
        return;
    }
    const std::size_t pos = base + static_cast<std::size_t>(e.mark.pos);
    // The parser's own words, in English, inside a sentence in the output language.
    diags.error(lines.at(pos), say(tab_in_indentation(lines.text(), pos) ? "yaml_syntax_tab" : "yaml_syntax",
                                   {display_text(e.msg)}));
}

// Looks for content after the first document, which must be the only one.
void check_single_document(YAML::Parser& parser, const LineIndex& lines, const YamlPiece& piece,
                           Diagnostics& diags) {
    SecondDocumentProbe probe;
    try {
        parser.HandleNextDocument(probe);
    } catch (const StopParsing&) {
    } catch (const YAML::Exception& e) {
        report_yaml_error(lines, piece.begin, e, diags);
        return;
    }
    if (!probe.start) return;
    auto pos = piece.begin + static_cast<std::size_t>(std::max(0, probe.start->pos));
    bool marker = lines.text().substr(std::min(pos, lines.text().size()), 3) == "---";
    diags.error(lines.at(pos), say(marker ? "second_document" : "content_after_document"));
}

}  // namespace

void report_alias_expansion(const Location& at, std::uint64_t written, const YamlLimits& limits,
                            Diagnostics& diags) {
    diags.error(at, say("alias_expansion", {std::to_string(written), std::to_string(limits.max_expansion)}));
}

std::optional<YamlPieceTree> build_yaml_tree(const LineIndex& lines, const YamlPiece& piece,
                                             Diagnostics& diags, const YamlLimits& limits) {
    ViewBuf buf(lines.text().substr(piece.begin, piece.end - piece.begin));
    std::istream in(&buf);
    YAML::Parser parser(in);
    TreeBuilder builder(lines, piece, diags, limits);
    try {
        if (!parser.HandleNextDocument(builder)) return YamlPieceTree{};
    } catch (const StopParsing&) {
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        report_yaml_error(lines, piece.begin, e, diags);
        return std::nullopt;
    } catch (const std::exception& e) {
        diags.error(lines.start(), say("cannot_parse", {display_text(e.what())}));
        return std::nullopt;
    }
    std::size_t before = diags.size();
    check_single_document(parser, lines, piece, diags);
    if (diags.size() != before) return std::nullopt;
    return builder.result();
}

}  // namespace plankit
