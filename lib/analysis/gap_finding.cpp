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

FindingArg FindingArg::of_text(std::string key, std::string text) {
    FindingArg a;
    a.key = std::move(key);
    a.kind = Kind::text;
    a.text = std::move(text);
    return a;
}

FindingArg FindingArg::of_whole(std::string key, long long number) {
    FindingArg a;
    a.key = std::move(key);
    a.kind = Kind::whole;
    a.number = static_cast<double>(number);
    return a;
}

FindingArg FindingArg::of_amount(std::string key, double number) {
    FindingArg a;
    a.key = std::move(key);
    a.kind = Kind::amount;
    a.number = number;
    return a;
}

FindingArg FindingArg::of_exact(std::string key, double number) {
    FindingArg a;
    a.key = std::move(key);
    a.kind = Kind::exact;
    a.number = number;
    return a;
}

FindingArg FindingArg::of_years(std::string key, std::vector<int> years) {
    FindingArg a;
    a.key = std::move(key);
    a.kind = Kind::years;
    a.years = std::move(years);
    return a;
}

FindingArg FindingArg::of_path(std::string key, std::vector<std::string> ids) {
    FindingArg a;
    a.key = std::move(key);
    a.kind = Kind::path;
    a.ids = std::move(ids);
    return a;
}

FindingArg FindingArg::of_ids(std::string key, std::vector<std::string> ids) {
    FindingArg a;
    a.key = std::move(key);
    a.kind = Kind::ids;
    a.ids = std::move(ids);
    return a;
}

namespace {

template <class T>
int compare_lists(const std::vector<T>& a, const std::vector<T>& b) {
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

}  // namespace

int compare_args(const FindingArg& a, const FindingArg& b) {
    if (a.kind != b.kind) return a.kind < b.kind ? -1 : 1;
    if (int c = a.text.compare(b.text)) return c;
    if (a.number != b.number) return a.number < b.number ? -1 : 1;
    if (int c = compare_lists(a.ids, b.ids)) return c;
    return compare_lists(a.years, b.years);
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
