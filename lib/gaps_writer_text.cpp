#include "gaps_writers.h"
#include "terminal_style.h"
#include "text_table.h"

namespace plankit {
namespace {

constexpr Severity kSeverities[] = {Severity::error, Severity::warning, Severity::info};

// `error 5 · warning 10 · info 2`, each word in its colour.
std::string counts_line(const GapReport& report, Lang lang, bool color) {
    std::string out;
    for (auto s : kSeverities) {
        if (!out.empty()) out += " · ";
        out += severity_tag(to_string(s), lang, color) + " " + std::to_string(report.counts.of(s));
    }
    return out + "\n";
}

// One finding in two lines: what and where, then the message indented beneath.
std::string finding_lines(const GapFinding& f, bool color) {
    std::string head = "  " + styled(f.subject, Style::bold, color) + "  " + f.code;
    std::string where = to_string(f.loc);
    if (!where.empty()) head += "  " + styled(where, Style::grey, color);
    return head + "\n    " + f.message + "\n";
}

}  // namespace

std::string gaps_to_text(const GapReport& report, Lang lang, bool color) {
    std::string out = styled(label(lang, "gap_findings") + ": " + report.plan, Style::bold, color) + "\n";
    out += counts_line(report, lang, color);
    for (auto s : kSeverities) {
        int n = report.counts.of(s);
        if (n == 0) continue;
        out += "\n" + severity_tag(to_string(s), lang, color) + " (" + std::to_string(n) + ")\n";
        for (const auto& f : report.findings) {
            if (f.severity == s) out += finding_lines(f, color);
        }
    }
    return out;
}

}  // namespace plankit
