// The report model of `gaps` (analysis.md, "Gap findings"): one finding per defect of the
// plan, with its code, severity, subject and place. The score analysis reuses the finding
// type for its own findings, so both sort and print alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "location.h"

namespace plankit {

// Ordered from the most to the least serious, which is the order findings are listed in.
enum class Severity { error, warning, info };
const char* to_string(Severity s);  // "error", "warning", "info"
std::optional<Severity> parse_severity(std::string_view text);

// One value a finding is made of, under the key its message and its JSON `args` name it
// by. The kind says how it reads: the writers word the message from it (labels.h).
struct FindingArg {
    enum class Kind {
        text,    // an id
        whole,   // a year or a count
        amount,  // a figure shown to at most four decimals (allocations)
        exact,   // a figure shown as short as it reads back exactly (actual, expected)
        years,   // years, runs of three or more shown as a..b
        path,    // ids along a path, a -> b -> a
        ids,     // ids, a, b, c
    };
    std::string key;
    Kind kind = Kind::text;
    std::string text;                // text
    double number = 0;               // whole, amount, exact
    std::vector<std::string> ids;    // path, ids
    std::vector<int> years;          // years

    static FindingArg of_text(std::string key, std::string text);
    static FindingArg of_whole(std::string key, long long number);
    static FindingArg of_amount(std::string key, double number);
    static FindingArg of_exact(std::string key, double number);
    static FindingArg of_years(std::string key, std::vector<int> years);
    static FindingArg of_path(std::string key, std::vector<std::string> ids);
    static FindingArg of_ids(std::string key, std::vector<std::string> ids);
};

// <0, 0 or >0: texts by code point, numbers by value, lists item by item.
int compare_args(const FindingArg& a, const FindingArg& b);

// One defect: `code` names the rule, `subject` is `kind:id` (e.g. `task:11.2`), `args`
// the values its message is made of, in the order the message names them. No sentence:
// the writers word it in the output language.
struct GapFinding {
    std::string code;
    Severity severity = Severity::error;
    std::string subject;
    std::vector<FindingArg> args;
    Location loc;
};

// How many findings there are of each severity.
struct SeverityCounts {
    int error = 0;
    int warning = 0;
    int info = 0;

    int of(Severity s) const;  // the count of one severity
    void add(Severity s);      // counts one more finding of that severity
};

// Everything `gaps` found in one plan, findings sorted (readings.md item 46).
struct GapReport {
    std::string plan;
    std::vector<GapFinding> findings;
    SeverityCounts counts;
};

// Whether any finding is at or above `level` (readings.md item 49); nullopt = never.
bool any_at_or_above(const std::vector<GapFinding>& findings, std::optional<Severity> level);

}  // namespace plankit
