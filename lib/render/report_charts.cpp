#include "report_charts.h"

#include <algorithm>

#include "chart_axis.h"
#include "display_text.h"
#include "number_format.h"
#include "risk_picture.h"

namespace plankit {
namespace {

std::string number_list(const std::vector<double>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += chart_number(values[i]);
    }
    return out + "]";
}

// The unit of measure, or the plain word "value" when the plan gives none.
std::string axis_title(const Target& t, Lang lang) {
    if (t.measure && !t.measure->empty()) return *t.measure;
    return label(lang, "value");
}

// A box: `["text"]:::class`.
std::string node_line(const RiskNode& node) {
    const char* css_class = node.role == RiskRole::slipping ? "slipping" : node.role == RiskRole::at_risk ? "atrisk" : "target";
    return "    " + node.name + "[\"" + mermaid_text(node.label) + "\"]:::" + css_class + "\n";
}

std::string category_axis(const std::vector<std::string>& names) {
    std::string out = "[";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i > 0 ? ", \"" : "\"") + mermaid_text(names[i]) + "\"";
    return out + "]";
}

// Scores (0–100) as bars named on the x-axis; empty without any.
std::string score_bars(const std::string& title, const std::string& axis, const std::vector<std::string>& names,
                       const std::vector<double>& scores, Lang lang) {
    if (scores.empty()) return {};
    std::string out = "```mermaid\n%%{init: {\"theme\": \"base\", \"themeVariables\": {\"xyChart\": "
                      "{\"plotColorPalette\": \"#9ec5fe\"}}}}%%\nxychart-beta\n";
    out += "    title \"" + mermaid_text(title) + "\"\n";
    out += "    x-axis \"" + mermaid_text(axis) + "\" " + category_axis(names) + "\n";
    out += "    y-axis \"" + mermaid_text(label(lang, "score")) + "\" 0 --> 100\n";
    out += "    bar " + number_list(scores) + "\n";
    out += "```\n";
    return out;
}

}  // namespace

std::string mermaid_text(std::string_view s) {
    std::string out;
    for (char c : escape_controls(s, "\n\r")) {  // no raw ESC, NUL or bidi in a chart
        if (c == '"') out += "#quot;";
        else if (c == '<') out += "#lt;";  // Mermaid's entities: never markup in a label
        else if (c == '>') out += "#gt;";
        else if (c == '&') out += "#amp;";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

std::string target_chart(const Target& t, const TargetRow& row, Lang lang) {
    const auto& points = row.trend.points;  // the baseline, then the actuals up to the year
    if (points.size() < 2) return {};
    std::vector<std::string> years;
    std::vector<double> expected, actual;
    double top = 0, bottom = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto& p = points[i];
        const double e = row.chart_expected[i];
        years.push_back(std::to_string(p.year));
        expected.push_back(e);
        actual.push_back(p.value);
        top = std::max({top, e, p.value});
        bottom = std::min({bottom, e, p.value});
    }
    // Bars pale, the expected line dark, so that both read in print and on screen.
    std::string out = "```mermaid\n%%{init: {\"theme\": \"base\", \"themeVariables\": {\"xyChart\": "
                      "{\"plotColorPalette\": \"#9ec5fe, #b02a37\"}}}}%%\nxychart-beta\n";
    out += "    title \"" + mermaid_text(t.name) + "\"\n";
    out += "    x-axis \"" + mermaid_text(label(lang, "year")) + "\" " + category_axis(years) + "\n";
    out += "    y-axis \"" + mermaid_text(axis_title(t, lang)) + "\" " + chart_number(bottom < 0 ? -axis_top(-bottom) : 0) +
           " --> " + chart_number(axis_top(top)) + "\n";
    out += "    bar " + number_list(actual) + "\n";
    out += "    line " + number_list(expected) + "\n";
    out += "```\n";
    return out;
}

std::string history_chart(const History& history, Lang lang) {
    std::vector<std::string> years;
    std::vector<double> scores;
    for (const auto& y : history.plan_scores) {
        if (!y.score) continue;
        years.push_back(std::to_string(y.year));
        scores.push_back(*y.score);
    }
    return score_bars(label(lang, "report.plan_score"), label(lang, "year"), years, scores, lang);
}

std::string chapter_score_chart(const std::vector<AggregateRow>& chapters, Lang lang) {
    std::vector<std::string> ids;
    std::vector<double> scores;
    for (const auto& c : chapters) {
        if (!c.aggregate.score) continue;
        ids.push_back(c.id);
        scores.push_back(*c.aggregate.score);
    }
    return score_bars(label(lang, "report.chapter_scores"), label(lang, "chapter"), ids, scores, lang);
}

std::string risk_flowchart(const Plan& plan, const YearScore& score) {
    const RiskPicture picture = risk_picture_of(plan, score);
    if (picture.edges.empty()) return {};
    std::string out = "```mermaid\nflowchart LR\n";
    out += "    classDef slipping fill:#f8d7da,stroke:#b02a37,color:#58151c\n";
    out += "    classDef atrisk fill:#fff3cd,stroke:#997404,color:#664d03\n";
    out += "    classDef target fill:#cfe2ff,stroke:#0a58ca,color:#052c65\n";
    for (const auto& node : picture.nodes) out += node_line(node);
    for (const auto& [from, to] : picture.edges) out += "    " + from + " --> " + to + "\n";
    out += "```\n";
    return out;
}

}  // namespace plankit
