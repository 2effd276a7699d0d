#include "finding_message.h"
#include "gaps_writers.h"
#include "markdown.h"

namespace plankit {
namespace {

constexpr Severity kSeverities[] = {Severity::error, Severity::warning, Severity::info};

std::string severity_word(Severity s, Lang lang) {
    return label(lang, std::string("severity.") + to_string(s));
}

std::string counts_table(const GapReport& report, Lang lang) {
    std::vector<std::string> header, row;
    for (auto s : kSeverities) {
        header.push_back(severity_word(s, lang));
        row.push_back(std::to_string(report.counts.of(s)));
    }
    return markdown_table(header, {row}, {Align::right, Align::right, Align::right});
}

std::string findings_table(const GapReport& report, Severity severity, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& f : report.findings) {
        if (f.severity != severity) continue;
        rows.push_back({f.subject, f.code, finding_message(f, lang), to_string(f.loc)});
    }
    return markdown_table({label(lang, "subject"), label(lang, "code"), label(lang, "message"),
                           label(lang, "location")},
                          rows);
}

}  // namespace

std::string gaps_to_markdown(const GapReport& report, Lang lang) {
    std::string out = markdown_heading(1, label(lang, "gap_findings") + ": " + report.plan);
    out += counts_table(report, lang);
    for (auto s : kSeverities) {
        int n = report.counts.of(s);
        if (n == 0) continue;
        out += "\n" + markdown_heading(2, severity_word(s, lang) + " (" + std::to_string(n) + ")");
        out += findings_table(report, s, lang);
    }
    return out;
}

}  // namespace plankit
