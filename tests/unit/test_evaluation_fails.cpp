// When `score` and `report` exit 1 (readings.md item 58).
#include <doctest/doctest.h>

#include "year_score.h"

using namespace plankit;

namespace {

YearScore with(std::optional<double> plan_score, std::vector<Severity> findings) {
    YearScore s;
    s.overall.score = plan_score;
    for (auto sev : findings) s.findings.push_back({"missing-report", sev, "task:1", {}, {}});
    return s;
}

}  // namespace

TEST_CASE("a finding at or above --fail-on fails the evaluation; never does not") {
    auto s = with(90.0, {Severity::warning});
    CHECK(evaluation_fails(s, Severity::warning, std::nullopt));
    CHECK(evaluation_fails(s, Severity::info, std::nullopt));
    CHECK_FALSE(evaluation_fails(s, Severity::error, std::nullopt));
    CHECK_FALSE(evaluation_fails(s, std::nullopt, std::nullopt));  // --fail-on never
}

TEST_CASE("--fail-below fails a plan score strictly below it, or no score at all") {
    CHECK(evaluation_fails(with(59.9, {}), std::nullopt, 60.0));
    CHECK_FALSE(evaluation_fails(with(60.0, {}), std::nullopt, 60.0));  // 60 is not below 60
    CHECK(evaluation_fails(with(std::nullopt, {}), std::nullopt, 60.0));
    CHECK_FALSE(evaluation_fails(with(std::nullopt, {}), std::nullopt, std::nullopt));
}
