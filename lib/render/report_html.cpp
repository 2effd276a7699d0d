#include "report_html.h"

#include <string_view>

#include "html.h"
#include "report_markdown.h"
#include "report_sink.h"
#include "risk_picture.h"
#include "score_tables.h"
#include "svg_chart.h"
#include "svg_layout.h"

namespace plankit {
namespace {

// The lights' emoji (light_text) as shapes every system font has, in the light's colour:
// a circle, a triangle, a square and a hollow circle differ in a grey-scale printout and
// on a computer without an emoji font, and the word still follows each.
std::string with_light_shapes(std::string text) {
    static const std::pair<const char*, const char*> shapes[] = {
        {"🟢", "<span class=\"light green\">●</span>"},
        {"🟡", "<span class=\"light yellow\">▲</span>"},
        {"🔴", "<span class=\"light red\">■</span>"},
        {"⚪", "<span class=\"light grey\">○</span>"},
    };
    for (const auto& [emoji, shape] : shapes) {
        const std::string_view e(emoji);
        for (std::size_t at = text.find(e); at != std::string::npos; at = text.find(e, at))
            text.replace(at, e.size(), shape);
    }
    return text;
}

// Plan text and words of a cell, escaped; lights as shapes.
std::string text_html(std::string_view s) { return with_light_shapes(html_lines(s)); }

std::string cell_html(const ReportCell& c) {
    std::string out = text_html(c.text);
    if (!c.code.empty()) out += " <code>" + html_text(c.code) + "</code>";
    return out + text_html(c.after);
}

// The colours of the risk picture's boxes, as report.md's flowchart has them.
LayoutNode layout_node(const RiskNode& n) {
    switch (n.role) {
        case RiskRole::slipping: return {n.name, n.label, "#f8d7da", "#b02a37"};
        case RiskRole::at_risk: return {n.name, n.label, "#fff3cd", "#997404"};
        case RiskRole::target: break;
    }
    return {n.name, n.label, "#cfe2ff", "#0a58ca"};
}

// The parts of the report as one HTML page: the header and the table of contents are
// gathered apart and put before the body at the end.
class HtmlReport : public ReportSink {
public:
    explicit HtmlReport(Lang lang) : lang_(lang) {}

    void headline(const Plan& plan, const YearScore& s, const std::string& report_title) override {
        title_ = (plan.title.empty() ? plan.id : plan.title) + " — " + report_title;
        header_ = "<header>\n<h1>" + html_text(plan.title.empty() ? plan.id : plan.title) + "</h1>\n";
        header_ += "<p class=\"meta\"><strong>" + html_text(report_title) + "</strong> · <code>" + html_text(plan.id) +
                   "</code>";
        if (plan.document) header_ += " · <span class=\"document\">" + html_text(*plan.document) + "</span>";
        if (plan.issuer) header_ += " · " + html_text(*plan.issuer);
        if (s.evaluated)
            header_ += " · <span class=\"evaluated\">" + html_text(label(lang_, "report.evaluated")) + " " +
                       html_text(*s.evaluated) + "</span>";
        header_ += "</p>\n";
        // A scenario is marked before anything else, so it is never read as the evaluation.
        if (s.scenario)
            header_ += "<p class=\"banner\"><strong>" + html_text(scenario_banner(*s.scenario, lang_)) + "</strong></p>\n";
        header_ += "</header>\n";
    }
    void heading(int level, const ReportCell& text) override {
        if (level <= 2) {
            const std::string id = "s" + std::to_string(++sections_);
            toc_ += "<li><a href=\"#" + id + "\">" + cell_html(text) + "</a></li>\n";
            body_ += "<h2 id=\"" + id + "\">" + cell_html(text) + "</h2>\n";
        } else {
            body_ += "<h3>" + cell_html(text) + "</h3>\n";
        }
    }
    void paragraph(const std::string& text) override { body_ += "<p>" + html_lines(text) + "</p>\n"; }
    void list(const std::vector<ReportItem>& items) override {
        body_ += "<ul class=\"overview\">\n";
        for (const auto& i : items)
            body_ += i.strong ? "<li><strong>" + text_html(i.text) + "</strong></li>\n" : "<li>" + text_html(i.text) + "</li>\n";
        body_ += "</ul>\n";
    }
    void table(const ReportTable& t) override {
        auto cls = [&t](std::size_t i) {
            return i < t.align.size() && t.align[i] == Align::right ? std::string(" class=\"num\"") : std::string();
        };
        body_ += "<table>\n<thead><tr>";
        for (std::size_t i = 0; i < t.header.size(); ++i) body_ += "<th" + cls(i) + ">" + html_text(t.header[i]) + "</th>";
        body_ += "</tr></thead>\n<tbody>\n";
        for (const auto& row : t.rows) {
            body_ += "<tr>";
            for (std::size_t i = 0; i < t.header.size(); ++i)
                body_ += "<td" + cls(i) + ">" + (i < row.size() ? cell_html(row[i]) : std::string()) + "</td>";
            body_ += "</tr>\n";
        }
        body_ += "</tbody>\n</table>\n";
    }
    bool target_chart(const Target& target, const TargetRow& row) override {
        return figure(svg_target_chart(target, row, lang_));
    }
    void history_chart(const History& history) override { figure(svg_history_chart(history, lang_)); }
    void chapter_chart(const std::vector<AggregateRow>& chapters, const std::vector<StatusCounts>& counts) override {
        figure(svg_status_chart(chapters, counts, lang_));
    }
    bool risk_picture(const Plan& plan, const YearScore& score) override {
        const RiskPicture picture = risk_picture_of(plan, score);
        if (picture.edges.empty()) return false;
        LayoutGraph graph;
        for (const auto& n : picture.nodes) graph.nodes.push_back(layout_node(n));
        for (const auto& [from, to] : picture.edges) graph.edges.push_back({from, to});
        auto svg = layout_svg(graph);
        return svg && figure(*svg, "risk");
    }
    void files(const std::vector<ReportFileEntry>& files) override {
        const std::string colon = lang_ == Lang::zh ? "：" : ": ";
        body_ += "<ul class=\"files\">\n";
        for (const auto& [name, what] : files)
            body_ += "<li><a href=\"" + html_text(name) + "\"><code>" + html_text(name) + "</code></a>" +
                     html_text(colon + what) + "</li>\n";
        body_ += "</ul>\n";
    }

    std::string page() const {
        std::string out = "<!DOCTYPE html>\n<html lang=\"";
        out += lang_ == Lang::zh ? "zh-CN" : "en";
        out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
        out += html_text(title_) + "</title>\n<style>\n" + report_style() + "</style>\n</head>\n<body>\n";
        out += header_;
        out += "<nav class=\"toc\">\n<h2>" + html_text(label(lang_, "report.contents")) + "</h2>\n<ol>\n" + toc_ +
               "</ol>\n</nav>\n";
        out += "<main>\n" + body_ + "</main>\n</body>\n</html>\n";
        return out;
    }

private:
    bool figure(const std::string& svg, const char* css_class = "chart") {
        if (svg.empty()) return false;
        body_ += "<figure class=\"" + std::string(css_class) + "\">\n" + svg + "\n</figure>\n";
        return true;
    }

    Lang lang_;
    std::string title_, header_, toc_, body_;
    int sections_ = 0;
};

}  // namespace

std::string report_to_html(const Plan& plan, const YearScore& score, Lang lang,
                           const std::vector<std::pair<std::string, std::string>>& files, const History* history) {
    HtmlReport sink(lang);
    write_report_parts(sink, plan, score, lang, files, history);
    return sink.page();
}

}  // namespace plankit
