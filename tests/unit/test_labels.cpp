#include <doctest/doctest.h>

#include <set>

#include "labels.h"
#include "terminal_style.h"

using namespace plankit;

TEST_CASE("labels in both languages") {
    CHECK(label(Lang::en, "lead") == "Lead");
    CHECK(label(Lang::zh, "lead") == "牵头单位");
    CHECK(label(Lang::zh, "responsibility_matrix") == "分工表");
    CHECK(label(Lang::zh, "light.green") == "绿");
    CHECK(label(Lang::en, "trend.moderately_improving") == "moderately improving");
    CHECK(label(Lang::en, "no.such.key") == "no.such.key");  // visible, not empty
    CHECK(parse_lang("zh") == Lang::zh);
    CHECK_FALSE(parse_lang("fr").has_value());
}

TEST_CASE("every key is unique and has words in both languages") {
    std::set<std::string_view> seen;
    for (auto key : label_keys()) {
        CHECK_MESSAGE(seen.insert(key).second, key);
        CHECK_FALSE(label(Lang::en, key).empty());
        CHECK_FALSE(label(Lang::zh, key).empty());
    }
}

TEST_CASE("the words reports need exist") {
    for (const char* key :
         {"chapter", "task", "title", "lead", "support", "primary_lead", "other_leads", "years",
          "weight", "unit", "year", "milestones", "target", "expected_value", "allocated", "due",
          "shortfall", "excess", "severity", "code", "subject", "message", "location", "error",
          "warning", "info", "score", "rating", "status", "light", "completion", "actual",
          "projected", "will_meet", "at_risk", "blocked_by", "slipping", "findings", "targets",
          "tasks", "goals", "units", "chapters", "plan", "responsibility_matrix",
          "annual_work_plan", "target_decomposition", "gap_findings", "yearly_score",
          "status.done", "status.on_track", "status.delayed", "status.not_started",
          "status.blocked", "status.cancelled", "light.green", "light.yellow", "light.red",
          "light.grey", "trend.on_track", "trend.moderately_improving", "trend.stagnating",
          "trend.deteriorating", "trend.unknown", "severity.error", "severity.warning",
          "severity.info"})
        CHECK_MESSAGE(has_label(key), key);
}

TEST_CASE("styles only with colour") {
    CHECK(styled("x", Style::red, false) == "x");
    CHECK(styled("x", Style::red, true) == "\x1b[31mx\x1b[0m");
    CHECK(styled("x", Style::plain, true) == "x");
    CHECK(light_tag("green", Lang::zh, false) == "● 绿");
    CHECK(light_tag("red", Lang::en, false) == "■ red");
    CHECK(light_tag("grey", Lang::en, true) == "\x1b[90m○ grey\x1b[0m");
    CHECK(severity_tag("warning", Lang::en, true) == "\x1b[33mwarning\x1b[0m");
    CHECK(severity_tag("error", Lang::zh, false) == "错误");
}
