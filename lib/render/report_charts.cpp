#include "report_charts.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "display_text.h"
#include "number_format.h"
#include "text_table.h"

namespace plankit {
namespace {

// Labels in a flowchart box are cut to this many columns, so boxes stay readable.
constexpr std::size_t kNodeLabelWidth = 28;

// Six decimals: every figure a plan gives, without float noise such as ...0000001.
std::string chart_number(double v) { return format_number(v, 6); }

std::string number_list(const std::vector<double>& values) {
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += chart_number(values[i]);
    }
    return out + "]";
}

// A round upper bound for a y-axis holding `max`: the next multiple of half a power of
// ten (13.08 → 15, 3 → 3, 96 → 100), so bars are compared against a readable scale.
double axis_top(double max) {
    if (max <= 0) return 1;
    const double step = std::pow(10.0, std::floor(std::log10(max))) / 2;
    return std::ceil(max / step) * step;
}

// The unit of measure, or the plain word "value" when the plan gives none.
std::string axis_title(const Target& t, Lang lang) {
    if (t.measure && !t.measure->empty()) return *t.measure;
    return label(lang, "value");
}

std::string task_node(std::size_t index) { return "task" + std::to_string(index); }
std::string target_node(std::size_t index) { return "target" + std::to_string(index); }

// A box: `["text"]:::class`, its text cut to fit the box.
std::string node_line(const std::string& node, const std::string& text, const char* css_class) {
    return "    " + node + "[\"" + mermaid_text(truncate_to_width(text, kNodeLabelWidth)) + "\"]:::" + css_class + "\n";
}

// The colour of a status in the pies, by its label key: traffic colours for how work
// stands, greys for what is not counted or not known.
std::string status_colour(const std::string& key) {
    if (key == "status.done") return "#2e7d32";
    if (key == "status.on_track") return "#81c784";
    if (key == "status.delayed") return "#f9a825";
    if (key == "status.not_started") return "#ef6c00";
    if (key == "status.blocked") return "#c62828";
    if (key == "status.cancelled") return "#bdbdbd";
    return "#757575";  // no report
}

}  // namespace

std::string mermaid_text(std::string_view s) {
    std::string out;
    for (char c : escape_controls(s, "\n\r")) {  // no raw ESC, NUL or bidi in a chart
        if (c == '"') out += "#quot;";
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
    out += "    x-axis \"" + mermaid_text(label(lang, "year")) + "\" [";
    for (std::size_t i = 0; i < years.size(); ++i) out += (i > 0 ? ", \"" : "\"") + years[i] + "\"";
    out += "]\n";
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
    if (scores.empty()) return {};
    std::string out = "```mermaid\n%%{init: {\"theme\": \"base\", \"themeVariables\": {\"xyChart\": "
                      "{\"plotColorPalette\": \"#9ec5fe\"}}}}%%\nxychart-beta\n";
    out += "    title \"" + mermaid_text(label(lang, "report.plan_score")) + "\"\n";
    out += "    x-axis \"" + mermaid_text(label(lang, "year")) + "\" [";
    for (std::size_t i = 0; i < years.size(); ++i) out += (i > 0 ? ", \"" : "\"") + years[i] + "\"";
    out += "]\n";
    out += "    y-axis \"" + mermaid_text(label(lang, "score")) + "\" 0 --> 100\n";
    out += "    bar " + number_list(scores) + "\n";
    out += "```\n";
    return out;
}

std::string status_pie(std::string_view title, const StatusCounts& counts, Lang lang) {
    if (counts.total == 0) return {};
    // Mermaid colours slices in order (pie1, pie2, …): give each present slice the colour
    // of its status, so that green always means done and red blocked.
    std::string colours;
    int slice = 0;
    for (const auto& [key, n] : counts.counts) {
        if (n == 0) continue;
        if (slice > 0) colours += ", ";
        colours += "\"pie" + std::to_string(++slice) + "\": \"" + status_colour(key) + "\"";
    }
    std::string out = "```mermaid\n%%{init: {\"theme\": \"base\", \"themeVariables\": {" + colours + "}}}%%\n";
    out += "pie showData\n    title " + mermaid_text(title) + "\n";
    for (const auto& [key, n] : counts.counts) {
        if (n == 0) continue;
        out += "    \"" + mermaid_text(label(lang, key)) + "\" : " + std::to_string(n) + "\n";
    }
    out += "```\n";
    return out;
}

std::string risk_flowchart(const Plan& plan, const YearScore& score) {
    std::vector<std::string> edges;
    std::set<std::size_t> causes, endangered, targets;  // task indices, target indices
    for (const auto& row : score.tasks) {
        for (std::size_t cause : row.blocked_by_tasks) {
            causes.insert(cause);
            endangered.insert(row.index);
            edges.push_back("    " + task_node(cause) + " --> " + task_node(row.index) + "\n");
        }
    }
    for (const auto& row : score.tasks) {
        if (!row.slipping && !row.at_risk) continue;
        for (std::size_t ti : row.advances) {
            (row.slipping ? causes : endangered).insert(row.index);
            targets.insert(ti);
            edges.push_back("    " + task_node(row.index) + " --> " + target_node(ti) + "\n");
        }
    }
    if (edges.empty()) return {};
    std::string out = "```mermaid\nflowchart LR\n";
    out += "    classDef slipping fill:#f8d7da,stroke:#b02a37,color:#58151c\n";
    out += "    classDef atrisk fill:#fff3cd,stroke:#997404,color:#664d03\n";
    out += "    classDef target fill:#cfe2ff,stroke:#0a58ca,color:#052c65\n";
    // Nodes in task order (the rows' order; causes and endangered tasks are all due, so all
    // have rows), then targets by id, so the drawing is the same every run.
    for (const auto& row : score.tasks) {
        const std::size_t i = row.index;
        const bool cause = causes.count(i) > 0;
        if (!cause && endangered.count(i) == 0) continue;
        out += node_line(task_node(i), plan.tasks[i].id + " " + plan.tasks[i].title, cause ? "slipping" : "atrisk");
    }
    std::vector<std::size_t> target_order(targets.begin(), targets.end());
    std::sort(target_order.begin(), target_order.end(),
              [&](std::size_t a, std::size_t b) { return plan.targets[a].id < plan.targets[b].id; });
    for (std::size_t ti : target_order) {
        out += node_line(target_node(ti), plan.targets[ti].name, "target");
    }
    for (const auto& e : edges) out += e;
    out += "```\n";
    return out;
}

}  // namespace plankit
