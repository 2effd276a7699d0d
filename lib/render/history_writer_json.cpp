#include "history_writers.h"
#include "json_writer.h"
#include "target_json.h"

namespace plankit {
namespace {

void aggregates(JsonWriter& w, std::string_view key, const std::vector<AggregateHistory>& list) {
    w.key(key).begin_array();
    for (const auto& r : list) {
        w.begin_object().field("id", r.id).key("scores").begin_array();
        for (const auto& y : r.years) w.begin_object().field("year", y.year).field("score", y.score).end_object();
        w.end_array().end_object();
    }
    w.end_array();
}

void target(JsonWriter& w, const TargetHistory& t) {
    w.begin_object().field("id", t.id).key("years").begin_array();
    for (const auto& y : t.years) {
        w.begin_object().field("year", y.year);
        target_score_fields(w, y.score, y.cls);
        w.end_object();
    }
    w.end_array().end_object();
}

}  // namespace

std::string history_to_json(const History& h) {
    JsonWriter w;
    w.begin_object().field("plan", h.plan).key("years").begin_array();
    for (int y : h.years) w.value(y);
    w.end_array().key("plan_scores").begin_array();
    for (const auto& y : h.plan_scores)
        w.begin_object().field("year", y.year).field("score", y.score).field("rating", y.rating).end_object();
    w.end_array().key("targets").begin_array();
    for (const auto& t : h.targets) target(w, t);
    w.end_array();
    aggregates(w, "chapters", h.chapters);
    aggregates(w, "goals", h.goals);
    aggregates(w, "units", h.units);
    w.end_object();
    return w.str();
}

}  // namespace plankit
