#include "decompose_writers.h"
#include "json_writer.h"

namespace plankit {
namespace {

const char* direction_name(Direction d) { return d == Direction::increase ? "increase" : "decrease"; }
const char* kind_name(TargetKind k) { return k == TargetKind::expected ? "expected" : "binding"; }
const char* trajectory_name(TrajectoryKind k) { return k == TrajectoryKind::linear ? "linear" : "geometric"; }

void year_value(JsonWriter& w, const YearValue& yv) {
    w.begin_object().field("year", yv.year).field("value", yv.value).end_object();
}

void matrix(JsonWriter& w, const std::vector<MatrixRow>& rows) {
    w.key("matrix").begin_array();
    for (const auto& r : rows) {
        w.begin_object()
            .field("id", r.id)
            .field("title", r.title)
            .field("chapter", r.chapter)
            .field("parent", r.parent)
            .field("composite", r.composite)
            .field("lead", r.lead)
            .field("primary_lead", r.primary_lead())
            .field("support", r.support)
            .field("start", r.start)
            .field("end", r.end)
            .field("weight", r.weight)
            .end_object();
    }
    w.end_array();
}

void workplans(JsonWriter& w, const std::vector<Workplan>& plans) {
    w.key("workplans").begin_array();
    for (const auto& wp : plans) {
        if (wp.tasks.empty()) continue;  // allocations alone: not an entry (readings.md item 65)
        w.begin_object().field("unit", wp.unit).field("year", wp.year).key("tasks").begin_array();
        for (const auto& t : wp.tasks) {
            w.begin_object()
                .field("id", t.id)
                .field("title", t.title)
                .field("role", to_string(t.role))
                .field("milestones", t.milestones)
                .end_object();
        }
        w.end_array();
        if (!wp.allocations.empty()) {  // an extra key (cli.md): the unit's parts of targets
            w.key("allocations").begin_array();
            for (const auto& a : wp.allocations) w.begin_object().field("target", a.target).field("value", a.value).end_object();
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
}

void allocation(JsonWriter& w, const AllocationYear& a) {
    w.begin_object()
        .field("year", a.year)
        .field("due", a.due)
        .field("allocated", a.allocated)
        .field("shortfall", a.shortfall)
        .field("excess", a.excess)
        .key("units")
        .begin_array();
    for (const auto& u : a.units) w.begin_object().field("unit", u.unit).field("value", u.value).end_object();
    w.end_array().end_object();
}

void target(JsonWriter& w, const TargetDecomposition& t) {
    w.begin_object()
        .field("id", t.id)
        .field("name", t.name)
        .field("goal", t.goal)
        .field("owner", t.owner)
        .field("measure", t.measure)
        .field("direction", direction_name(t.direction))
        .field("kind", kind_name(t.kind))
        .field("trajectory", trajectory_name(t.trajectory))
        .field("additive", t.additive)
        .key("baseline");
    if (t.baseline)
        year_value(w, *t.baseline);
    else
        w.null();
    w.key("milestones").begin_array();
    for (const auto& m : t.milestones) year_value(w, m);
    w.end_array().key("expected").begin_array();
    for (const auto& e : t.expected) w.begin_object().field("year", e.year).field("value", e.value).end_object();
    w.end_array().key("allocations").begin_array();
    for (const auto& a : t.allocations) allocation(w, a);
    w.end_array().end_object();
}

}  // namespace

std::string decompose_to_json(const Decomposition& d) {
    JsonWriter w;
    w.begin_object().field("plan", d.plan);
    if (d.matrix) matrix(w, *d.matrix);
    if (d.workplans) workplans(w, *d.workplans);
    if (d.targets) {
        w.key("targets").begin_array();
        for (const auto& t : *d.targets) target(w, t);
        w.end_array();
    }
    w.end_object();
    return w.str();
}

}  // namespace plankit
