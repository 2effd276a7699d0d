// `explain`: every step of a figure, and the final value equal to the score figure. The
// aggregate test redoes each weighted mean from the printed terms alone.
#include <regex>
#include <set>
#include <string>

#include <doctest/doctest.h>

#include "explain.h"
#include "explain_writers.h"
#include "labels.h"
#include "plan_graph.h"
#include "score_fixtures.h"
#include "year_score.h"

using namespace plankit;
using namespace plankit::testing;

namespace {

// Units A, B; targets t1 (owner A, goal g1), t2 (owner B, goal g1, weight 3); tasks 1
// (lead A, chapter c1, weight 0.7, advances t1), 2 (lead B, support A, chapter c1), 2.1
// and 2.2 (children of 2, weights 1.3 and 2.9). Awkward weights make any change of
// summation order visible.
Plan sample() {
    Plan p = score_plan();
    p.units = {{"A", "A", "", {}, {}, {}, {}}, {"B", "B", "", {}, {}, {}, {}}};
    p.goals = {Goal{"g1", "G", "", 1, {}}};
    p.chapters = {Chapter{"c1", "C1", 1, {}}};
    p.targets = {make_target("t1", {2020, 10, {}}, {{2025, 15.7, {}}}),
                 make_target("t2", {2020, 3.3, {}}, {{2023, 1.1, {}}}, Direction::decrease)};
    p.targets[0].owner = "A";
    p.targets[0].goal = "g1";
    p.targets[1].owner = "B";
    p.targets[1].goal = "g1";
    p.targets[1].weight = 3;
    p.tasks = {make_task("1", std::nullopt, 0.7, {"A"}), make_task("2", std::nullopt, 1, {"B"}),
               make_task("2.1", "2", 1.3, {"B"}), make_task("2.2", "2", 2.9, {"B"})};
    p.tasks[0].chapter = "c1";
    p.tasks[1].chapter = "c1";
    p.tasks[0].eff.targets = {"t1"};
    for (int i = 1; i < 4; ++i) p.tasks[i].eff.support = {"A"};
    return p;
}

Progress records() {
    Progress pr;
    pr.targets = {target_record("t1", 2022, 11.9), target_record("t2", 2022, 2.05)};
    pr.tasks = {task_record("1", 2022, Status::on_track, 0.37), task_record("2.1", 2022, Status::delayed),
                task_record("2.2", 2022, Status::on_track, 0.61)};
    return pr;
}

// Σ w·s / Σ w of the steps carrying a weight whose subject starts with `prefix`, summed in
// the order printed; nullopt when there is none.
std::optional<double> redo_mean(const Explanation& e, const std::string& prefix) {
    double ws = 0, w = 0;
    bool any = false;
    for (const auto& s : e.steps) {
        if (!s.weight || s.what.rfind(prefix, 0) != 0) continue;
        // The printed text of each number reads back exactly.
        CHECK(std::stod(formula_number(*s.weight)) == *s.weight);
        CHECK(std::stod(formula_number(*s.value.number)) == *s.value.number);
        ws += *s.weight * *s.value.number;
        w += *s.weight;
        any = true;
    }
    if (!any || w == 0) return std::nullopt;
    return ws / w;
}

std::optional<double> step_number(const Explanation& e, const std::string& what) {
    for (const auto& s : e.steps) {
        if (s.what == what) return s.value.number;
    }
    return std::nullopt;
}

// The aggregate redone from the printed terms and component weights.
std::optional<double> redo_aggregate(const Explanation& e) {
    auto t = redo_mean(e, "target:"), k = redo_mean(e, "task:");
    if (!t) return k;
    if (!k) return t;
    double wt = *step_number(e, "weight of targets"), wk = *step_number(e, "weight of tasks");
    return (wt * *t + wk * *k) / (wt + wk);
}

}  // namespace

TEST_CASE("explain of every aggregate reproduces the score figure exactly from its terms") {
    Plan p = sample();
    PlanGraph g(p);
    Progress pr = records();
    YearScore s = score_year(g, pr, 2022);
    std::vector<std::pair<std::string, std::optional<double>>> figures{{"plan:p", s.overall.score}};
    for (const auto& r : s.chapters) figures.push_back({"chapter:" + r.id, r.aggregate.score});
    for (const auto& r : s.goals) figures.push_back({"goal:" + r.id, r.aggregate.score});
    for (const auto& r : s.units) figures.push_back({"unit:" + r.id, r.aggregate.score});
    for (const auto& [subject, figure] : figures) {
        CAPTURE(subject);
        Message error;
        auto e = explain(g, s, subject, error);
        REQUIRE(e);
        REQUIRE(figure);
        CHECK(e->value == figure);
        CHECK(redo_aggregate(*e) == figure);  // exact, no tolerance
    }
}

TEST_CASE("explain of a target shows need, got, completion, clamp and score") {
    // t1 in 2022: expected = 10 + (15.7 − 10)·2/5 = 12.28; need = 2.28; got = 1.9;
    // completion = 1.9/2.28 ≈ 0.8333; score ≈ 83.33.
    Plan p = sample();
    PlanGraph g(p);
    Progress pr = records();
    YearScore s = score_year(g, pr, 2022);
    Message error;
    auto e = explain(g, s, "target:t1", error);
    REQUIRE(e);
    CHECK(*step_number(*e, "expected value") == doctest::Approx(12.28));
    CHECK(*step_number(*e, "need") == doctest::Approx(2.28));
    CHECK(*step_number(*e, "got") == doctest::Approx(1.9));
    CHECK(*step_number(*e, "completion") == doctest::Approx(1.9 / 2.28));
    CHECK(e->value == s.targets[0].score.score);
    CHECK(*step_number(*e, "score") == *e->value);
}

TEST_CASE("explain of a composite task lists its subtasks as terms") {
    // 2.1 delayed → 50 (w1.3); 2.2 progress 0.61 → 61 (w2.9);
    // 2 = (1.3·50 + 2.9·61) / (1.3 + 2.9) = (65 + 176.9) / 4.2 ≈ 57.595.
    Plan p = sample();
    PlanGraph g(p);
    Progress pr = records();
    YearScore s = score_year(g, pr, 2022);
    Message error;
    auto e = explain(g, s, "task:2", error);
    REQUIRE(e);
    CHECK(*e->value == doctest::Approx(241.9 / 4.2));
    CHECK(redo_mean(*e, "task:") == e->value);
}

TEST_CASE("explain rejects unknown subjects") {
    Plan p = sample();
    PlanGraph g(p);
    Progress pr = records();
    YearScore s = score_year(g, pr, 2022);
    Message error;
    CHECK_FALSE(explain(g, s, "target:nope", error));
    CHECK(error.code.starts_with("explain_unknown"));
    CHECK_FALSE(explain(g, s, "widget:1", error));
    CHECK_FALSE(explain(g, s, "plan", error));
}

TEST_CASE("explain speaks the reader's language in text and keeps English words in JSON") {
    // t1: baseline 10 in 2020, so step 2 is "baseline = 10" from "baseline value in 2020".
    Plan p = sample();
    PlanGraph g(p);
    Progress pr = records();
    YearScore s = score_year(g, pr, 2022);
    Message error;
    auto e = explain(g, s, "target:t1", error);
    REQUIRE(e);
    const std::string zh = explanation_to_text(*e, Lang::zh, false);
    CHECK(zh.find("基期值 = 10\n") != std::string::npos);
    CHECK(zh.find("2020 年的基期值") != std::string::npos);
    CHECK(zh.find("线性插值") != std::string::npos);
    CHECK(zh.find("baseline") == std::string::npos);
    const std::string en = explanation_to_text(*e, Lang::en, false);
    CHECK(en.find("baseline = 10\n") != std::string::npos);
    CHECK(en.find("baseline value in 2020") != std::string::npos);
    const std::string json = explanation_to_json(*e);
    CHECK(json.find("\"what\": \"baseline\"") != std::string::npos);
    CHECK(json.find("\"formula\": \"baseline value in 2020\"") != std::string::npos);
    CHECK(json.find("基期") == std::string::npos);
}

TEST_CASE("explain words: a result word is shown in the reader's language, its JSON text stays") {
    // The light of t1 in 2022 is yellow (completion 1.9 / 2.28 ≈ 0.83, yellow from 0.8).
    Plan p = sample();
    PlanGraph g(p);
    Progress pr = records();
    YearScore s = score_year(g, pr, 2022);
    Message error;
    auto e = explain(g, s, "target:t1", error);
    REQUIRE(e);
    const ExplainStep* light = nullptr;
    for (const auto& step : e->steps) if (step.what == "light") light = &step;
    REQUIRE(light);
    CHECK(*light->value.text == "yellow");
    CHECK(step_value_text(light->value, Lang::zh) == "黄");
    CHECK(step_value_text(light->value, Lang::en) == "yellow");
}

TEST_CASE("every formula pattern has the same numbers in both languages and formats") {
    // A pattern that lost or gained a {k} in translation would show a wrong number.
    const std::regex placeholder(R"(\{(\d+)\})");
    auto numbers = [&](const std::string& pattern) {
        std::set<std::string> out;
        for (std::sregex_iterator it(pattern.begin(), pattern.end(), placeholder), end; it != end; ++it)
            out.insert((*it)[1]);
        return out;
    };
    int checked = 0;
    for (auto key : label_keys()) {
        if (key.rfind("formula.", 0) != 0) continue;
        CAPTURE(key);
        const std::string en = label(Lang::en, key), zh = label(Lang::zh, key);
        CHECK(numbers(en) == numbers(zh));
        Phrase phrase{std::string(key), {"a", "b", "c", "d", "e", "f"}};
        CHECK(phrase_text(phrase, Lang::en) != key);  // a bad pattern comes back as its key
        CHECK(phrase_text(phrase, Lang::zh) != key);
        ++checked;
    }
    CHECK(checked > 30);
}
