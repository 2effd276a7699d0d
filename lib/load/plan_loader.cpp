// Loading a plan: the main file, then its includes depth first (readings.md items 8, 9,
// 73, 77), then the checks across the whole plan.
#include "plan_loader.h"

#include <algorithm>
#include <memory>

#include "display_text.h"
#include "file_paths.h"
#include "plan_reader.h"
#include "yaml_tree.h"

namespace plankit {
namespace {

using plan_reader::PlanState;

// More files than this means includes that multiply (diamonds within diamonds).
constexpr std::size_t kMaxFilesRead = 1000;

class PlanFiles {
public:
    PlanFiles(const FileSource& files, Diagnostics& diags, const LoadOptions& opts)
        : files_(files), diags_(diags) {
        limits_.max_input_bytes = opts.max_input_bytes;
        limits_.threads = opts.parse_threads;
    }

    // Reads the main file: `plan`, `scoring` and the lists, then the includes.
    void read_main(const std::string& path, PlanState& state) {
        auto display = std::make_shared<const std::string>(path);
        auto doc = read(path, display, nullptr);
        if (!doc) return;
        const YamlNode& root = *doc->root;
        if (!root_is_mapping(root, display)) return;
        check_keys(root, {"plankit", "plan", "include", "scoring", "units", "goals", "chapters", "targets", "tasks"},
                   say("the_plan_file"), diags_);
        check_version(root, true);
        if (const YamlEntry* plan = root.find("plan"))
            plan_reader::read_plan_block(*plan, state, diags_);
        else
            diags_.error(root.loc, say("missing_plan"));
        plan_reader::read_scoring(root.find("scoring"), state, diags_);
        plan_reader::read_lists(root, state, diags_);
        open_.push_back(normpath(path));
        open_display_.push_back(path);
        read_includes(root, path, *display, state);
        open_.pop_back();
        open_display_.pop_back();
    }

private:
    std::optional<YamlDocument> read(const std::string& path, std::shared_ptr<const std::string> display,
                                     const Location* at) {
        ++files_read_;
        if (std::find(read_.begin(), read_.end(), *display) == read_.end()) read_.push_back(*display);
        auto doc = read_yaml_file(files_, path, std::move(display), diags_, limits_, at);
        if (doc) most_pieces_ = std::max(most_pieces_, doc->pieces);
        return doc;
    }

    bool root_is_mapping(const YamlNode& root, const std::shared_ptr<const std::string>& display) {
        if (root.is_mapping()) return true;
        Location at = root.loc.known() ? root.loc : Location{display, 1, 1};
        diags_.error(at, say("top_not_mapping", {describe_value(root)}));
        return false;
    }

    // `plankit: 1`, required in the main file and optional in includes (item 8).
    void check_version(const YamlNode& root, bool required) {
        const YamlEntry* e = root.find("plankit");
        if (!e) {
            if (required) diags_.error(root.loc, say("missing_plankit"));
            return;
        }
        auto v = read_integer(ValueRef::of(*e), diags_);
        if (v && *v != 1)
            diags_.error(e->value->loc, say("plankit_version", {display_text(e->value->text)}));
    }

    void read_includes(const YamlNode& root, const std::string& path, const std::string& display,
                       PlanState& state) {
        const YamlEntry* e = root.find("include");
        if (!e || !expect_sequence(ValueRef::of(*e), diags_, say("list_of_paths"))) return;
        std::size_t n = 0;
        for (const auto& item : e->value->items()) {
            ++n;
            ValueRef ref = ValueRef::item_of(*e, n, *item);
            auto rel = read_string(ref, diags_);
            if (!rel) continue;
            if (rel->empty()) {
                diags_.error(item->loc, say("include_empty"));
                continue;
            }
            // Opened by the same normalised path it is shown as (`a/../b` never depends on
            // what `a` links to), so that every file source resolves it alike.
            read_include(normpath(join_path(dirname(path), *rel)), normpath(join_path(dirname(display), *rel)), item->loc,
                         state);
        }
    }

    void read_include(const std::string& path, const std::string& display, const Location& at, PlanState& state) {
        std::string key = normpath(path);
        if (std::find(open_.begin(), open_.end(), key) != open_.end()) {
            std::string chain;
            for (const auto& shown : open_display_) chain += display_text(shown) + " -> ";
            diags_.error(at, say("include_cycle", {chain + display_text(display)}));
            return;
        }
        if (files_read_ >= kMaxFilesRead) {
            diags_.error(at, say("too_many_includes", {std::to_string(kMaxFilesRead)}));
            return;
        }
        auto shown = std::make_shared<const std::string>(display);
        auto doc = read(path, shown, &at);
        if (!doc) return;
        const YamlNode& root = *doc->root;
        if (!root_is_mapping(root, shown)) return;
        for (const char* key_name : {"plan", "scoring"}) {
            if (const YamlEntry* bad = root.find(key_name))
                diags_.error(bad->key_loc(), say("not_in_include", {"`" + std::string(key_name) + "`"}));
        }
        check_keys(root, {"plankit", "plan", "scoring", "include", "units", "goals", "chapters", "targets", "tasks"},
                   say("an_included_file"), diags_);
        check_version(root, false);
        plan_reader::read_lists(root, state, diags_);
        open_.push_back(key);
        open_display_.push_back(display);
        read_includes(root, path, display, state);
        open_.pop_back();
        open_display_.pop_back();
    }

public:
    const std::vector<std::string>& files_read() const { return read_; }
    std::size_t most_pieces() const { return most_pieces_; }

private:
    const FileSource& files_;
    Diagnostics& diags_;
    YamlLimits limits_;
    std::vector<std::string> open_;  // normalised paths of the files being read, outermost first
    std::vector<std::string> open_display_;  // the same files as shown in messages
    std::vector<std::string> read_;  // display paths of every file read, in order
    std::size_t files_read_ = 0;
    std::size_t most_pieces_ = 0;
};

}  // namespace

std::optional<Plan> load_plan(const std::string& path, Diagnostics& diags, const LoadOptions& opts,
                              LoadStats* stats) {
    DiskFiles disk;
    return load_plan(path, disk, diags, opts, stats);
}

std::optional<Plan> load_plan(const std::string& path, const FileSource& files, Diagnostics& diags,
                              const LoadOptions& opts, LoadStats* stats) {
    std::size_t before = diags.size();
    PlanState state;
    PlanFiles reader(files, diags, opts);
    reader.read_main(path, state);
    if (stats) stats->most_pieces = reader.most_pieces();
    if (stats) stats->locale = state.plan.locale;
    plan_reader::check_plan(state, diags);
    plan_reader::name_units_in_invalid_ids(state.plan, diags, before);
    if (diags.size() != before) return std::nullopt;
    state.plan.source = path;
    state.plan.files = reader.files_read();
    return std::move(state.plan);
}

}  // namespace plankit
