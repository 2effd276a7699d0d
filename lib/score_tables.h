// The tables of a year's score as rows of display text, shared by the text and Markdown
// writers so that both show the same figures rounded the same way.
#pragma once

#include <string>
#include <vector>

#include "labels.h"
#include "text_table.h"
#include "year_score.h"

namespace plankit {

// A table as words: heading row, alignments and rows of cells.
struct ScoreTable {
    std::vector<std::string> header;
    std::vector<Align> align;
    std::vector<std::vector<std::string>> rows;
};

// `68.46 (pass)`, or `—` without a score.
std::string score_with_rating(const std::optional<double>& score, const std::optional<std::string>& rating);
// `+3.21` / `-0.5` / `0`, or "" when either side has no value.
std::string score_change(const std::optional<double>& now, const std::optional<double>& before);

// Chapters, goals or units: id, title, score, rating, targets, tasks (and change when
// there is a previous year).
ScoreTable aggregate_table(const std::vector<AggregateRow>& rows, bool with_change, Lang lang);
// Targets: id, light (symbol and word, `light_cell` renders it), expected, actual,
// completion, score, trend, projected, at risk.
ScoreTable target_table(const YearScore& score, Lang lang);
// Tasks that slipped: id, status, score, and the due tasks each puts at risk.
ScoreTable slipping_table(const YearScore& score, Lang lang);
// Tasks at risk: id, status, blocked by.
ScoreTable at_risk_table(const YearScore& score, Lang lang);
// Findings: severity, subject, code, message, location.
ScoreTable findings_table(const YearScore& score, Lang lang);

}  // namespace plankit
