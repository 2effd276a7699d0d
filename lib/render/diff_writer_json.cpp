#include "diff_writers.h"
#include "json_writer.h"

namespace plankit {
namespace {

void value(JsonWriter& w, const DiffValue& v) {
    if (auto* s = std::get_if<std::string>(&v)) w.value(*s);
    else if (auto* d = std::get_if<double>(&v)) w.value(*d);
    else if (auto* i = std::get_if<int>(&v)) w.value(*i);
    else w.null();
}

void side(JsonWriter& w, std::string_view key, const std::string& plan, const std::string& file) {
    w.key(key).begin_object().field("plan", plan).field("file", file).end_object();
}

void entry(JsonWriter& w, const DiffEntry& e) {
    w.begin_object().field("subject", e.subject).field("change", to_string(e.change));
    if (e.change == DiffChange::changed) {
        w.field("field", e.field).key("old");
        value(w, e.old_value);
        w.key("new");
        value(w, e.new_value);
    }
    w.end_object();
}

}  // namespace

// The spec's keys first (old, new, changes, counts), then what follows from the changes.
std::string diff_to_json(const PlanDiff& d, const DiffFiles& files) {
    JsonWriter w;
    w.begin_object();
    side(w, "old", d.old_plan, files.old_file);
    side(w, "new", d.new_plan, files.new_file);
    w.key("changes").begin_array();
    for (const auto& e : d.entries) entry(w, e);
    w.end_array().key("counts").begin_object();
    w.field("added", d.added).field("removed", d.removed).field("changed", d.changed).end_object();
    w.key("expected").begin_array();
    for (const auto& t : d.trajectories) {
        w.begin_object().field("subject", "target:" + t.target).key("years").begin_array();
        for (const auto& y : t.years)
            w.begin_object().field("year", y.year).field("old", y.old_value).field("new", y.new_value).end_object();
        w.end_array().end_object();
    }
    w.end_array().key("workplans").begin_array();
    for (const auto& p : d.workplans)
        w.begin_object().field("subject", "task:" + p.task).field("gained", p.gained).field("lost", p.lost).end_object();
    w.end_array().end_object();
    return w.str();
}

}  // namespace plankit
