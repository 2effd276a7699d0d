#include "report_markdown.h"

#include "markdown.h"
#include "report_charts.h"
#include "report_sink.h"

namespace plankit {
namespace {

std::string cell_text(const ReportCell& c) {
    return c.code.empty() ? c.text + c.after : c.text + " `" + c.code + "`" + c.after;
}

// The parts of the report as Markdown for Git hosting pages: every block ends in a blank
// line, charts are Mermaid blocks.
class MarkdownReport : public ReportSink {
public:
    explicit MarkdownReport(Lang lang) : lang_(lang) {}

    void headline(const Plan& plan, const YearScore& s, const std::string& report_title) override {
        out_ += markdown_heading(1, plan.title.empty() ? plan.id : plan.title);
        std::string line = "**" + markdown_line(report_title) + "** · `" + plan.id + "`";
        if (plan.document) line += " · " + markdown_line(*plan.document);
        if (plan.issuer) line += " · " + markdown_line(*plan.issuer);
        if (s.evaluated) line += " · " + markdown_line(label(lang_, "report.evaluated") + " " + *s.evaluated);
        out_ += line + "\n\n";
        // A scenario is marked before anything else, so it is never read as the evaluation.
        if (s.scenario) out_ += "> **" + markdown_line(scenario_banner(*s.scenario, lang_)) + "**\n\n";
    }
    void heading(int level, const ReportCell& text) override { out_ += markdown_heading(level, cell_text(text)); }
    void paragraph(const std::string& text) override { out_ += markdown_line(text) + "\n\n"; }
    void list(const std::vector<ReportItem>& items) override {
        for (const auto& i : items)
            out_ += i.strong ? "- **" + markdown_line(i.text) + "**\n" : "- " + markdown_line(i.text) + "\n";
        out_ += "\n";
    }
    void table(const ReportTable& t) override {
        std::vector<std::vector<std::string>> rows;
        for (const auto& row : t.rows) {
            rows.emplace_back();
            for (const auto& c : row) rows.back().push_back(cell_text(c));
        }
        out_ += markdown_table(t.header, rows, t.align) + "\n";
    }
    bool target_chart(const Target& target, const TargetRow& row) override {
        return block(plankit::target_chart(target, row, lang_));
    }
    void history_chart(const History& history) override { block(plankit::history_chart(history, lang_)); }
    void chapter_chart(const std::vector<AggregateRow>& chapters, const std::vector<StatusCounts>&) override {
        block(chapter_score_chart(chapters, lang_));
    }
    bool risk_picture(const Plan& plan, const YearScore& score) override {
        return block(risk_flowchart(plan, score));
    }
    void files(const std::vector<ReportFileEntry>& files) override {
        const std::string colon = lang_ == Lang::zh ? "：" : ": ";
        for (const auto& [name, what] : files)
            out_ += "- [`" + name + "`](" + name + ")" + colon + markdown_line(what) + "\n";
        out_ += "\n";
    }

    std::string take() {
        // One newline at the end of the file, whatever the last section left.
        while (out_.size() > 1 && out_[out_.size() - 1] == '\n' && out_[out_.size() - 2] == '\n') out_.pop_back();
        return std::move(out_);
    }

private:
    bool block(const std::string& chart) {
        if (chart.empty()) return false;
        out_ += chart + "\n";
        return true;
    }

    Lang lang_;
    std::string out_;
};

}  // namespace

std::string light_text(Light light, Lang lang) {
    const char* symbol = "⚪";
    switch (light) {
        case Light::green: symbol = "🟢"; break;
        case Light::yellow: symbol = "🟡"; break;
        case Light::red: symbol = "🔴"; break;
        case Light::grey: symbol = "⚪"; break;
    }
    return std::string(symbol) + " " + label(lang, std::string("light.") + to_string(light));
}

std::string trend_text(Trend trend, Lang lang) {
    const char* arrow = "?";
    switch (trend) {
        case Trend::on_track: arrow = "⬆"; break;
        case Trend::moderately_improving: arrow = "↗"; break;
        case Trend::stagnating: arrow = "➡"; break;
        case Trend::deteriorating: arrow = "↘"; break;
        case Trend::unknown: arrow = "·"; break;
    }
    return std::string(arrow) + " " + label(lang, std::string("trend.") + to_string(trend));
}

std::string status_text(const std::optional<Status>& status, Lang lang) {
    return label(lang, status ? std::string("status.") + to_string(*status) : std::string("status.none"));
}

std::string report_to_markdown(const Plan& plan, const YearScore& score, Lang lang,
                               const std::vector<std::pair<std::string, std::string>>& files,
                               const History* history) {
    MarkdownReport sink(lang);
    write_report_parts(sink, plan, score, lang, files, history);
    return sink.take();
}

}  // namespace plankit
