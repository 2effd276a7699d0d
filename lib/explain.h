// Every step of one figure of a year's score (readings.md item 71): the inputs, each
// formula with the numbers put in, and each result, ending in the figure `score` reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan_graph.h"
#include "year_score.h"

namespace plankit {

// A step's result: a number, a word (a light, a trend class, a rating), or nothing.
struct StepValue {
    std::optional<double> number;
    std::optional<std::string> text;
};

// One step: what it computes, the formula with its numbers, and the result. A term of a
// weighted mean also carries its weight, so the mean can be redone from the steps alone.
struct ExplainStep {
    std::string what;
    std::string formula;
    StepValue value;
    std::optional<double> weight;
};

// The explanation of one subject (`target:lit`, `plan:ID`) in one year; `value` equals
// the figure `score` reports for it exactly.
struct Explanation {
    std::string subject;
    int year = 0;
    std::optional<double> value;
    std::vector<ExplainStep> steps;
};

// A number in a formula: the shortest text that reads back exactly (12.9, 1419).
std::string formula_number(double d);

// The explanation of `subject` (`KIND:ID`, KIND one of target, task, chapter, goal, unit,
// plan), or nullopt with `error` set when the subject is malformed or unknown.
std::optional<Explanation> explain(const PlanGraph& graph, const YearScore& score, std::string_view subject,
                                   std::string& error);

}  // namespace plankit
