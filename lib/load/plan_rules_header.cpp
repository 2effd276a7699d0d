// The `plan` and `scoring` blocks of the main plan file (plan-format.md; readings.md
// items 10, 12, 13).
#include <cmath>
#include <cstdio>
#include <limits>

#include "display_text.h"
#include "plan_reader.h"

namespace plankit::plan_reader {
namespace {

// `YYYY-MM-DD` naming a real day.
bool is_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

void read_period(const YamlEntry& entry, PlanState& state, Diagnostics& diags) {
    if (!expect_mapping(ValueRef::of(entry), diags, say("a_mapping_period"))) return;
    const YamlNode& m = *entry.value;
    check_keys(m, {"start", "end"}, "`period`", diags);
    require_keys(m, {"start", "end"}, "`period`", diags);
    std::optional<int> start, end;
    Fields f(m, diags);
    f.year("start", start);
    f.year("end", end);
    if (!start || !end) return;
    if (*start > *end) {
        diags.error(m.find("end")->value->loc, say("period_reversed", {std::to_string(*end), std::to_string(*start)}));
        return;
    }
    state.plan.start = *start;
    state.plan.end = *end;
    state.has_period = true;
}

// A number checked against a closed range, e.g. support_factor in [0, 1].
void read_bounded(const Fields& f, std::string_view key, double lo, double hi, double& out) {
    std::optional<double> v;
    f.number(key, v);
    if (!v) return;
    if (*v < lo || *v > hi) {
        char low[32], high[32];
        std::snprintf(low, sizeof low, "%g", lo);
        std::snprintf(high, sizeof high, "%g", hi);
        const std::string name = "`" + std::string(key) + "`";
        const std::string found = display_text(f.get(key)->value->text);
        f.diags().error(f.get(key)->value->loc, std::isinf(hi) ? say("must_be_at_least", {name, low, found})
                                                               : say("must_lie_in", {name, low, high, found}));
        return;
    }
    out = *v;
}

void read_weights(const YamlEntry& entry, Scoring& s, Diagnostics& diags) {
    if (!expect_mapping(ValueRef::of(entry), diags, say("a_mapping_weights"))) return;
    const YamlNode& m = *entry.value;
    check_keys(m, {"targets", "tasks"}, "`scoring.weights`", diags);
    Fields f(m, diags);
    const double any = std::numeric_limits<double>::infinity();
    read_bounded(f, "targets", 0, any, s.weight_targets);
    read_bounded(f, "tasks", 0, any, s.weight_tasks);
    if (s.weight_targets == 0 && s.weight_tasks == 0)
        diags.error(m.loc, say("weights_zero"));
}

void read_status_points(const YamlEntry& entry, Scoring& s, Diagnostics& diags) {
    if (!expect_mapping(ValueRef::of(entry), diags, say("a_mapping_status_points"))) return;
    const YamlNode& m = *entry.value;
    check_keys(m, {"done", "on_track", "delayed", "not_started", "blocked"}, "`scoring.status_points`",
               diags);
    Fields f(m, diags);
    for (Status st : {Status::done, Status::on_track, Status::delayed, Status::not_started, Status::blocked})
        read_bounded(f, to_string(st), 0, 100, s.status_points[static_cast<int>(st)]);
}

void read_lights(const YamlEntry& entry, Scoring& s, Diagnostics& diags) {
    if (!expect_mapping(ValueRef::of(entry), diags, say("a_mapping_lights"))) return;
    const YamlNode& m = *entry.value;
    check_keys(m, {"green", "yellow"}, "`scoring.lights`", diags);
    Fields f(m, diags);
    f.number("green", s.light_green);
    f.number("yellow", s.light_yellow);
    if (s.light_yellow > s.light_green)
        diags.error(m.loc, say("lights_order"));
}

void read_ratings(const YamlEntry& entry, Scoring& s, Diagnostics& diags) {
    std::optional<double> previous;
    for_each_mapping(entry, "rating band", diags, [&](const YamlNode& m) {
        check_keys(m, {"min", "label"}, say("a_kind", {kind_word("rating band")}), diags);
        require_keys(m, {"min", "label"}, say("a_kind", {kind_word("rating band")}), diags);
        Fields f(m, diags);
        std::optional<double> min;
        std::optional<std::string> label;
        f.number("min", min);
        f.string("label", label);
        if (!min || !label) return;
        if (previous && !(*min < *previous)) {
            diags.error(m.find("min")->value->loc, say("ratings_order", {display_text(m.find("min")->value->text)}));
        }
        previous = *min;
        s.ratings.push_back({*min, *label});
    });
}

void read_max_lead_tasks(const YamlEntry& entry, Scoring& s, Diagnostics& diags) {
    if (entry.value->is_null()) return;  // null is the documented "no limit"
    auto v = read_integer(ValueRef::of(entry), diags);
    if (!v) return;
    if (*v < 0 || *v > 1000000000) {
        diags.error(entry.value->loc, say("max_lead_tasks"));
        return;
    }
    s.max_lead_tasks = static_cast<int>(*v);
}

void default_ratings(PlanState& state) {
    bool zh = state.plan.locale == "zh";
    state.plan.scoring.default_ratings = true;
    state.plan.scoring.ratings = {{90, zh ? "优秀" : "excellent"},
                                  {80, zh ? "良好" : "good"},
                                  {60, zh ? "合格" : "pass"},
                                  {0, zh ? "不合格" : "fail"}};
}

}  // namespace

void read_plan_block(const YamlEntry& entry, PlanState& state, Diagnostics& diags) {
    if (!expect_mapping(ValueRef::of(entry), diags, say("a_mapping_plan"))) return;
    const YamlNode& m = *entry.value;
    Plan& plan = state.plan;
    plan.loc = m.loc;
    check_keys(m, {"id", "title", "issuer", "document", "issued", "locale", "period", "vision"},
               "`plan`", diags);
    require_keys(m, {"id", "title", "period"}, "`plan`", diags);
    Fields f(m, diags);
    f.id("id", plan.id);
    f.string("title", plan.title);
    f.string("issuer", plan.issuer);
    f.string("document", plan.document);
    if (auto* e = m.find("issued")) {
        auto v = read_string(ValueRef::of(*e), diags);
        if (v && !is_date(*v))
            diags.error(e->value->loc, say("issued_date", {quoted_text(*v)}));
        else if (v)
            plan.issued = *v;
    }
    int locale = 0;
    f.choice("locale", {"en", "zh"}, locale);
    plan.locale = locale == 1 ? "zh" : "en";
    if (auto* e = m.find("period")) read_period(*e, state, diags);
    Location vision_at;
    f.year("vision", plan.vision, &vision_at);
    if (plan.vision && state.has_period && *plan.vision <= plan.end)
        diags.error(vision_at, say("vision_after_end", {std::to_string(*plan.vision), std::to_string(plan.end)}));
}

void read_scoring(const YamlEntry* entry, PlanState& state, Diagnostics& diags) {
    Scoring& s = state.plan.scoring;
    if (entry && expect_mapping(ValueRef::of(*entry), diags)) {
        const YamlNode& m = *entry->value;
        check_keys(m, {"weights", "support_factor", "status_points", "missing_task_points", "lights",
                       "ratings", "max_lead_tasks"},
                   "`scoring`", diags);
        Fields f(m, diags);
        if (auto* e = m.find("weights")) read_weights(*e, s, diags);
        read_bounded(f, "support_factor", 0, 1, s.support_factor);
        if (auto* e = m.find("status_points")) read_status_points(*e, s, diags);
        read_bounded(f, "missing_task_points", 0, 100, s.missing_task_points);
        if (auto* e = m.find("lights")) read_lights(*e, s, diags);
        if (auto* e = m.find("ratings")) {
            state.has_ratings = true;
            read_ratings(*e, s, diags);
        }
        if (auto* e = m.find("max_lead_tasks")) read_max_lead_tasks(*e, s, diags);
    }
    if (!state.has_ratings) default_ratings(state);
}

}  // namespace plankit::plan_reader
