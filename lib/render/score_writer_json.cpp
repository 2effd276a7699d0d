#include "finding_json.h"
#include "json_writer.h"
#include "score_writers.h"
#include "target_json.h"

namespace plankit {
namespace {

void components(JsonWriter& w, const AggregateScore& a) {
    w.key("components").begin_object().field("targets", a.targets).field("tasks", a.tasks).end_object();
}

void year_value(JsonWriter& w, std::string_view key, const std::optional<YearValue>& yv) {
    w.key(key);
    if (!yv) {
        w.null();
        return;
    }
    w.begin_object().field("year", yv->year).field("value", yv->value).end_object();
}

void target(JsonWriter& w, const TargetRow& t) {
    const TargetScore& s = t.score;
    const TargetTrend& tr = t.trend;
    w.begin_object().field("id", t.id);
    target_score_fields(w, s, t.cls);
    if (!t.shares.empty()) {  // the units' own parts (cycle.md, "Contributions"), by unit id
        w.key("contributions").begin_array();
        for (const auto& share : t.shares)
            if (share.contribution) w.begin_object().field("unit", share.unit).field("value", *share.contribution).end_object();
        w.end_array();
    }
    w.field("trend", to_string(tr.trend))
        .field("slope", tr.slope)
        .field("required", tr.required)
        .field("ratio", tr.ratio)
        .field("projected", tr.projected)
        .field("will_meet", tr.will_meet);
    year_value(w, "next_milestone", tr.next_milestone);
    w.field("projected_end", t.end.projected).field("will_meet_end", t.end.will_meet);
    w.field("at_risk", t.at_risk);
    // What the unit gave with its record, only when it gave it (an extra key, cli.md).
    if (t.source) w.field("source", *t.source);
    if (t.note) w.field("note", *t.note);
    w.end_object();
}

void task(JsonWriter& w, const TaskRow& t) {
    w.begin_object().field("id", t.id).key("status");
    if (t.score.status) w.value(to_string(*t.score.status));
    else w.null();
    w.field("score", t.score.score)
        .field("slipping", t.slipping)
        .field("at_risk", t.at_risk)
        .field("blocked_by", t.blocked_by);
    if (t.score.note) w.field("note", *t.score.note);  // why, in the unit's words, when it said
    w.end_object();
}

void aggregates(JsonWriter& w, std::string_view key, const std::vector<AggregateRow>& rows, bool previous) {
    w.key(key).begin_array();
    for (const auto& r : rows) {
        w.begin_object().field("id", r.id).field("score", r.aggregate.score).field("rating", r.aggregate.rating);
        components(w, r.aggregate);
        if (previous) w.field("previous_score", r.previous_score);
        w.end_object();
    }
    w.end_array();
}

void change_value(JsonWriter& w, const ChangeValue& v) {
    if (auto* b = std::get_if<bool>(&v)) w.value(*b);
    else if (auto* d = std::get_if<double>(&v)) w.value(*d);
    else if (auto* s = std::get_if<std::string>(&v)) w.value(*s);
    else w.null();
}

// The scenario block (cycle.md): the assumptions as written, the evaluation's own plan
// score and rating, and what moved.
void scenario(JsonWriter& w, const Scenario& s) {
    w.key("scenario").begin_object().key("assumptions").begin_array();
    for (const auto& a : s.assumptions) w.begin_object().field("subject", a.subject).field("value", a.value).end_object();
    w.end_array();
    w.key("actual").begin_object().field("score", s.actual_score).field("rating", s.actual_rating).end_object();
    w.key("changes").begin_array();
    for (const auto& c : s.changes) {
        w.begin_object().field("subject", c.subject).field("field", c.field).key("from");
        change_value(w, c.from);
        w.key("to");
        change_value(w, c.to);
        w.end_object();
    }
    w.end_array().end_object();
}

}  // namespace

std::string score_to_json(const YearScore& score, Lang lang) {
    JsonWriter w;
    w.begin_object().field("plan", score.plan).field("year", score.year);
    if (score.previous) {
        w.key("previous")
            .begin_object()
            .field("year", score.previous->year)
            .field("score", score.previous->score)
            .field("rating", score.previous->rating)
            .end_object();
    }
    w.field("score", score.overall.score).field("rating", score.overall.rating);
    components(w, score.overall);
    w.key("targets").begin_array();
    for (const auto& t : score.targets) target(w, t);
    w.end_array().key("tasks").begin_array();
    for (const auto& t : score.tasks) task(w, t);
    w.end_array();
    const bool previous = score.previous.has_value();
    aggregates(w, "chapters", score.chapters, previous);
    aggregates(w, "goals", score.goals, previous);
    aggregates(w, "units", score.units, previous);
    w.key("findings").begin_array();
    for (const auto& f : score.findings) finding_to_json(w, f, lang);
    w.end_array();
    if (score.scenario) scenario(w, *score.scenario);
    w.end_object();
    return w.str();
}

}  // namespace plankit
