// The renderings of a history (`plankit history`, cycle.md "History"): aligned text and
// Markdown with the years as columns, CSV with one row per subject and year, and JSON.
#pragma once

#include <string>

#include "history.h"
#include "labels.h"
#include "score_tables.h"

namespace plankit {

// The tables both text and Markdown show: the plan's score and rating, each target's
// class and its actual against the expected value, then chapters, goals and units; each
// with a heading in `lang`.
struct HistoryTable {
    std::string heading;
    ScoreTable table;
};
std::vector<HistoryTable> history_tables(const History& h, Lang lang);

// Each target's class per year (the report's history section shows it too).
ScoreTable history_class_table(const History& h, Lang lang);

// The headline: `历年情况 2021–2023：TITLE (ID)`.
std::string history_title(const History& h, Lang lang);

std::string history_to_text(const History& h, Lang lang, bool color);
std::string history_to_markdown(const History& h, Lang lang);
std::string history_to_csv(const History& h, Lang lang);
std::string history_to_json(const History& h);

}  // namespace plankit
