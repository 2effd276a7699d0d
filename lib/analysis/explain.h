// Every step of one figure of a year's score (readings.md item 71): the inputs, each
// formula with the numbers put in, and each result, ending in the figure `score` reports.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "message.h"
#include "model.h"
#include "year_score.h"

namespace plankit {

// Declared only: a report model does not bring the graph (and Boost.Graph) to its writers.
class PlanGraph;

// Words people read, as a code and values: the key of the catalogue's pattern (labels.h,
// with `{0}`, `{1}`, …) and the texts that fill it; the writers word it (phrase_text.h).
// Without a key, `args[0]` is shown as it is: ids and formulas made only of symbols read
// the same in every language.
struct Phrase {
    std::string key;
    std::vector<std::string> args;
};

// A step's result: a number, a word (a light, a trend class, a rating), or nothing. A word
// that the tool itself chose also carries its label key, so people read it in their language
// while `text` stays the same for machines; a word from the plan (a rating) has none.
struct StepValue {
    std::optional<double> number;
    std::optional<std::string> text;
    std::string key;
};

// One step: what it computes, the formula with its numbers, and the result. `what` is the
// step's stable English name for machines (the JSON `what`); `label` is the name people
// read. The JSON `formula` is the formula's English text. A term of a weighted mean also
// carries its weight, so the mean can be redone from the steps alone.
struct ExplainStep {
    std::string what;
    Phrase label;
    Phrase formula;
    StepValue value;
    std::optional<double> weight;
};

// The explanation of one subject (`target:lit`, `plan:ID`) in one year; `value` equals
// the figure `score` reports for it exactly.
struct Explanation {
    std::string subject;
    std::string name;  // the subject's name or title in the plan (shown to people, not in JSON)
    int year = 0;
    std::optional<double> value;
    std::vector<ExplainStep> steps;
    std::optional<Scenario> scenario;  // the scenario the figure belongs to (`--assume`)
};

// A number in a formula: the shortest text that reads back exactly (12.9, 1419).
std::string formula_number(double d);

// The explanation of `subject` (`KIND:ID`, KIND one of target, task, chapter, goal, unit,
// plan), or nullopt with `error` set (a code and its values) when the subject is
// malformed or unknown.
std::optional<Explanation> explain(const PlanGraph& graph, const YearScore& score, std::string_view subject,
                                   Message& error);

}  // namespace plankit
