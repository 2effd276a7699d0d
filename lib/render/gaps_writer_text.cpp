#include <algorithm>

#include "display_text.h"
#include "finding_message.h"
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

// Column widths of one severity's findings, so subjects and codes line up.
struct Widths {
    std::size_t subject = 0;
    std::size_t code = 0;
};

Widths widths_of(const GapReport& report, Severity s) {
    Widths w;
    for (const auto& f : report.findings) {
        if (f.severity != s) continue;
        w.subject = std::max(w.subject, display_width(display_text(f.subject)));
        w.code = std::max(w.code, display_width(f.code));
    }
    return w;
}

// One finding in two lines: what and where, then the message indented beneath.
std::string finding_lines(const GapFinding& f, const Widths& w, Lang lang, bool color) {
    std::string subject = display_text(f.subject);
    // Padding outside the colour, so that escapes never count as width.
    std::string pad(w.subject - display_width(subject), ' ');
    std::string head = "  " + styled(subject, Style::bold, color) + pad + "  " + f.code;
    std::string where = to_string(f.loc);
    if (!where.empty()) {
        head += std::string(w.code - display_width(f.code), ' ') + "  " + styled(where, Style::grey, color);
    }
    return head + "\n    " + display_text(finding_message(f, lang)) + "\n";
}

}  // namespace

std::string gaps_to_text(const GapReport& report, Lang lang, bool color) {
    std::string out = styled(label(lang, "gap_findings") + ": " + report.plan, Style::bold, color) + "\n";
    out += counts_line(report, lang, color);
    for (auto s : kSeverities) {
        int n = report.counts.of(s);
        if (n == 0) continue;
        out += "\n" + severity_tag(to_string(s), lang, color) + " (" + std::to_string(n) + ")\n";
        Widths w = widths_of(report, s);
        for (const auto& f : report.findings) {
            if (f.severity == s) out += finding_lines(f, w, lang, color);
        }
    }
    return out;
}

}  // namespace plankit
