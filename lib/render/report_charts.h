// The Mermaid charts of the yearly report (cli.md, "Reports people read"): blocks that
// render on Git hosting pages, built from the year's score and the plan graph.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "history.h"
#include "labels.h"
#include "model.h"
#include "year_score.h"

namespace plankit {

// Text made safe inside a Mermaid double-quoted string: `"`, `<`, `>` and `&` become
// Mermaid's entities (`#quot;` …) and line breaks spaces, so a title can never end the
// string or the block, nor reach the drawing as markup.
std::string mermaid_text(std::string_view s);

// A target's `xychart-beta`: the expected value as a line against the actual values as
// bars, over the baseline year and every later year up to the report year that has an
// actual (Mermaid has no "missing" value, so years without one are left off the axis).
// Empty when there is no actual yet to draw. The figures are the row's, as the analysis
// computed them; the name and measure are the target's.
std::string target_chart(const Target& target, const TargetRow& row, Lang lang);

// The plan score per year as bars (0–100), the years without a score left off the axis.
// Empty when no year has a score.
std::string history_chart(const History& history, Lang lang);

// The chapters' scores as bars (0–100), one bar per chapter in the order given (the
// plan's), labelled by chapter id so that ten chapters still read; the chapters without
// a score left off. Empty when no chapter has a score.
std::string chapter_score_chart(const std::vector<AggregateRow>& chapters, Lang lang);

// A `flowchart LR` of how slipping spreads: slipping tasks → tasks at risk (their
// blocked_by) → targets at risk (the targets those tasks advance). Empty when nothing
// slipped.
std::string risk_flowchart(const Plan& plan, const YearScore& score);

}  // namespace plankit
