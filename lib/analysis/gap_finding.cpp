#include "gap_finding.h"

#include <algorithm>

namespace plankit {

const char* to_string(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
    }
    return "?";
}

std::optional<Severity> parse_severity(std::string_view text) {
    for (auto s : {Severity::error, Severity::warning, Severity::info}) {
        if (text == to_string(s)) return s;
    }
    return std::nullopt;
}

int SeverityCounts::of(Severity s) const {
    switch (s) {
        case Severity::error: return error;
        case Severity::warning: return warning;
        case Severity::info: return info;
    }
    return 0;
}

void SeverityCounts::add(Severity s) {
    switch (s) {
        case Severity::error: ++error; break;
        case Severity::warning: ++warning; break;
        case Severity::info: ++info; break;
    }
}

bool any_at_or_above(const std::vector<GapFinding>& findings, std::optional<Severity> level) {
    if (!level) return false;
    // Severities are declared from the most serious, so "at or above" is "<=".
    return std::any_of(findings.begin(), findings.end(),
                       [&](const GapFinding& f) { return f.severity <= *level; });
}

}  // namespace plankit
