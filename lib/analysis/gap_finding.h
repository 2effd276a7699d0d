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

// One defect: `code` names the rule, `subject` is `kind:id` (e.g. `task:11.2`).
struct GapFinding {
    std::string code;
    Severity severity = Severity::error;
    std::string subject;
    std::string message;
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
