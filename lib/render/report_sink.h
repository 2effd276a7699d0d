// The yearly report as a sequence of parts (headings, lists, tables, charts) that a
// writer renders: report_sections.cpp walks the year's score once, in one order, and the
// Markdown and HTML writers each turn the same parts into their own format. Every text
// handed to a sink is plain text; the sink escapes it for its format.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "history.h"
#include "labels.h"
#include "model.h"
#include "score_tables.h"
#include "text_table.h"
#include "year_score.h"

namespace plankit {

// A piece of plain text, optionally with an id shown as code and words after it
// (`公民具备科学素质的比例 `literacy`（约束性）`).
struct ReportCell {
    std::string text;
    std::string code;   // shown as code after the text when not empty
    std::string after;  // plain text after the code
    ReportCell() = default;
    ReportCell(std::string t) : text(std::move(t)) {}  // NOLINT: a cell is usually plain text
    ReportCell(const char* t) : text(t) {}             // NOLINT
    ReportCell(std::string t, std::string c, std::string a = {})
        : text(std::move(t)), code(std::move(c)), after(std::move(a)) {}
};

// A table of the report: heading row, rows and each column's alignment.
struct ReportTable {
    std::vector<std::string> header;
    std::vector<std::vector<ReportCell>> rows;
    std::vector<Align> align;
};

// One line of a list (`key: value`, already joined), the first of the overview in bold.
struct ReportItem {
    std::string text;
    bool strong = false;
};

// A file beside the report: its name and what it holds.
using ReportFileEntry = std::pair<std::string, std::string>;

// What a writer does with each part, in the order the report gives them.
class ReportSink {
public:
    virtual ~ReportSink() = default;
    // The plan's title, the report's title, the plan id, document number, issuer and
    // evaluation date; a scenario's banner when there is one.
    virtual void headline(const Plan& plan, const YearScore& score, const std::string& report_title) = 0;
    virtual void heading(int level, const ReportCell& text) = 0;
    virtual void paragraph(const std::string& text) = 0;
    virtual void list(const std::vector<ReportItem>& items) = 0;
    virtual void table(const ReportTable& table) = 0;
    // One target's actuals against its trajectory; nothing when there is no actual yet.
    virtual bool target_chart(const Target& target, const TargetRow& row) = 0;
    // The plan score per year (the history section).
    virtual void history_chart(const History& history) = 0;
    // The chapters compared in one chart: `chapters` in plan order, `counts` their task
    // statuses in the same order.
    virtual void chapter_chart(const std::vector<AggregateRow>& chapters, const std::vector<StatusCounts>& counts) = 0;
    // How slipping spreads to tasks and targets at risk; false when nothing is drawn.
    virtual bool risk_picture(const Plan& plan, const YearScore& score) = 0;
    // The files beside the report.
    virtual void files(const std::vector<ReportFileEntry>& files) = 0;
};

// Hands the whole report for one year to `sink`, part by part (report_markdown.h tells
// the sections and their order).
void write_report_parts(ReportSink& sink, const Plan& plan, const YearScore& score, Lang lang,
                        const std::vector<ReportFileEntry>& files, const History* history);

// A score table (score_tables.h) as a report table of plain cells.
ReportTable report_table(const ScoreTable& t);

}  // namespace plankit
