// Reading one YAML progress file: `plankit-progress: 1`, the defaults at its top (year,
// unit), then its target and task records (plan-format.md, "Progress records";
// readings.md items 24-27).
#include <string>
#include <vector>

#include "display_text.h"
#include "progress_reader.h"
#include "yaml_tree.h"

namespace plankit::progress_reader {
namespace {

// What the top of the file says about every record in it.
struct FileDefaults {
    std::optional<int> year;
    bool year_given = false;  // the key is there, valid or not: no second error per record
    std::optional<std::string> unit;
    bool unit_given = false;  // the key is there, valid or not
};

class YamlRecords {
public:
    YamlRecords(const PlanIndex& plan, RecordSet& records, Diagnostics& diags)
        : plan_(plan), records_(records), diags_(diags) {}

    void read(const YamlNode& root, const Location& file_start) {
        if (!root.is_mapping()) {
            diags_.error(root.loc.known() ? root.loc : file_start, say("progress_top", {describe_value(root)}));
            return;
        }
        check_keys(root, {"plankit-progress", "year", "unit", "submitted", "targets", "tasks", "contributions"},
                   say("a_progress_file"), diags_);
        check_version(root);
        FileDefaults defaults = read_defaults(root);
        if (const YamlEntry* e = root.find("targets"))
            for_each_record(*e, "target", [&](const YamlNode& m) { read_target(m, defaults); });
        if (const YamlEntry* e = root.find("tasks"))
            for_each_record(*e, "task", [&](const YamlNode& m) { read_task(m, defaults); });
        if (const YamlEntry* e = root.find("contributions"))
            for_each_record(*e, "contribution", [&](const YamlNode& m) { read_contribution(m, defaults); });
    }

private:
    // `plankit-progress: 1` is required (readings.md item 24).
    void check_version(const YamlNode& root) {
        const YamlEntry* e = root.find("plankit-progress");
        if (!e) {
            diags_.error(root.loc, say("missing_plankit_progress"));
            return;
        }
        auto v = read_integer(ValueRef::of(*e), diags_);
        if (v && *v != 1)
            diags_.error(e->value->loc, say("progress_version", {display_text(e->value->text)}));
    }

    FileDefaults read_defaults(const YamlNode& root) {
        FileDefaults d;
        if (const YamlEntry* e = root.find("year")) {
            d.year_given = true;
            d.year = read_year(ValueRef::of(*e), diags_);
        }
        if (const YamlEntry* e = root.find("unit")) {
            d.unit_given = true;
            d.unit = read_unit(*e);
        }
        if (const YamlEntry* e = root.find("submitted")) read_string(ValueRef::of(*e), diags_);
        return d;
    }

    template <class Fn>
    void for_each_record(const YamlEntry& entry, const char* kind, Fn&& fn) {
        ValueRef list = ValueRef::of(entry);
        const Message kind_words = say(std::string("kind.") + kind);
        if (!expect_sequence(list, diags_, say("list_of_records", {kind_words}))) return;
        std::size_t n = 0;
        for (const YamlNode* item : entry.value->items()) {
            ++n;
            if (item->is_mapping()) {
                if (!unfilled_form_record(*item)) fn(*item);
            }
            else
                expect_mapping(ValueRef::item_of(entry, n, *item), diags_, say("a_record_mapping", {kind_words}));
        }
    }

    // A record of a form not yet filled in: its report keys are all there and all empty
    // (`{id: "15", status: , progress: , note: }`). Skipped, as an untouched row of a CSV
    // form is, so that a form returned half done scores what it holds.
    static bool unfilled_form_record(const YamlNode& m) {
        bool any = false;
        for (const YamlEntry& e : m.entries()) {
            std::string_view key = e.key->text;
            if (key == "id" || key == "year" || key == "unit") continue;
            if (!e.value->is_null()) return false;
            any = true;
        }
        return any;
    }

    std::optional<std::string> read_unit(const YamlEntry& e) {
        auto unit = read_id(ValueRef::of(e), diags_);
        if (unit && !check_unit(plan_, *unit, e.value->loc, diags_)) return std::nullopt;
        return unit;
    }

    // The record's own year, else the file's (readings.md item 27).
    std::optional<int> record_year(const YamlNode& m, const FileDefaults& d) {
        if (const YamlEntry* e = m.find("year")) return read_year(ValueRef::of(*e), diags_);
        if (!d.year && !d.year_given)
            diags_.error(m.loc, say("record_no_year"));
        return d.year;
    }

    std::optional<std::string> record_unit(const YamlNode& m, const FileDefaults& d) {
        if (const YamlEntry* e = m.find("unit")) return read_unit(*e);
        return d.unit;
    }

    // An optional key left empty (`note:`, as a form leaves it) is absent, as an empty CSV
    // cell is.
    static const YamlEntry* given(const YamlNode& m, std::string_view key) {
        const YamlEntry* e = m.find(key);
        return e && !e->value->is_null() ? e : nullptr;
    }

    void optional_string(const YamlNode& m, std::string_view key, std::optional<std::string>& out) {
        if (const YamlEntry* e = given(m, key)) out = read_string(ValueRef::of(*e), diags_);
    }

    // The record's id, stored in `out` and checked against the plan by `check`; its plan
    // position, or nullopt when absent or wrong.
    template <class Check>
    std::optional<std::size_t> record_id(const YamlNode& m, Check&& check, std::string& out) {
        const YamlEntry* e = m.find("id");
        if (!e) return std::nullopt;
        auto id = read_id(ValueRef::of(*e), diags_);
        if (!id) return std::nullopt;
        out = std::move(*id);
        return check(plan_, out, e->value->loc, diags_);
    }

    void read_target(const YamlNode& m, const FileDefaults& d) {
        std::size_t before = diags_.size();
        check_keys(m, {"id", "value", "year", "unit", "source", "note"}, say("a_record", {say("kind.target")}), diags_);
        require_keys(m, {"id", "value"}, say("a_record", {say("kind.target")}), diags_);
        TargetRecord r;
        r.loc = m.loc;
        auto id = record_id(m, check_target_id, r.id);
        std::optional<double> value;
        if (const YamlEntry* e = m.find("value")) value = read_number(ValueRef::of(*e), diags_);
        auto year = record_year(m, d);
        r.unit = record_unit(m, d);
        optional_string(m, "source", r.source);
        optional_string(m, "note", r.note);
        if (diags_.size() != before || !id || !value || !year) return;
        r.value = *value;
        r.year = *year;
        records_.add(std::move(r), *id, diags_);
    }

    void read_task(const YamlNode& m, const FileDefaults& d) {
        std::size_t before = diags_.size();
        check_keys(m, {"id", "status", "progress", "year", "unit", "note"}, say("a_record", {say("kind.task")}), diags_);
        require_keys(m, {"id", "status"}, say("a_record", {say("kind.task")}), diags_);
        TaskRecord r;
        r.loc = m.loc;
        auto id = record_id(m, check_task_id, r.id);
        std::optional<Status> status;
        if (const YamlEntry* e = m.find("status")) status = read_status(*e);
        if (const YamlEntry* e = given(m, "progress")) r.progress = read_progress(*e);
        auto year = record_year(m, d);
        r.unit = record_unit(m, d);
        optional_string(m, "note", r.note);
        if (diags_.size() != before || !id || !status || !year) return;
        r.status = *status;
        r.year = *year;
        records_.add(std::move(r), *id, diags_);
    }

    // A unit's part of an allocated target; `unit` defaults to the file's, and one of
    // them is required (cycle.md, "Contributions").
    void read_contribution(const YamlNode& m, const FileDefaults& d) {
        std::size_t before = diags_.size();
        check_keys(m, {"id", "unit", "value", "year", "source", "note"}, say("a_record", {say("kind.contribution")}), diags_);
        require_keys(m, {"id", "value"}, say("a_record", {say("kind.contribution")}), diags_);
        ContributionRecord r;
        r.loc = m.loc;
        auto id = record_id(m, check_target_id, r.id);
        std::optional<double> value;
        if (const YamlEntry* e = m.find("value")) value = read_number(ValueRef::of(*e), diags_);
        auto year = record_year(m, d);
        auto unit = record_unit(m, d);
        if (!m.find("unit") && !d.unit && !d.unit_given)
            diags_.error(m.loc, say("contribution_no_unit"));
        optional_string(m, "source", r.source);
        optional_string(m, "note", r.note);
        if (diags_.size() != before || !id || !value || !year || !unit) return;
        if (!check_contribution(plan_, *id, r.id, *unit, m.loc, diags_)) return;
        r.unit = std::move(*unit);
        r.value = *value;
        r.year = *year;
        records_.add(std::move(r), *id, diags_);
    }

    std::optional<Status> read_status(const YamlEntry& e) {
        auto text = read_string(ValueRef::of(e), diags_);
        if (!text) return std::nullopt;
        if (auto s = parse_status_word(*text)) return s;
        diags_.error(e.value->loc, unknown_status(*text));
        return std::nullopt;
    }

    std::optional<double> read_progress(const YamlEntry& e) {
        auto p = read_number(ValueRef::of(e), diags_);
        if (!p || (*p >= 0 && *p <= 1)) return p;
        diags_.error(e.value->loc, progress_range(e.value->text, *p));
        return std::nullopt;
    }

    const PlanIndex& plan_;
    RecordSet& records_;
    Diagnostics& diags_;
};

}  // namespace

void read_yaml_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                       RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes) {
    auto shown = std::make_shared<const std::string>(path);
    YamlLimits limits;
    limits.max_input_bytes = max_input_bytes;
    auto doc = read_yaml_file(files, path, shown, diags, limits);
    if (!doc) return;
    YamlRecords(plan, records, diags).read(*doc->root, Location{shown, 1, 1});
}

}  // namespace plankit::progress_reader
