// The renderings of a gap report: aligned text for the terminal, Markdown for people
// reading a page, CSV for spreadsheets and JSON for machines (cli.md's shape).
#pragma once

#include <string>

#include "gap_finding.h"
#include "labels.h"

namespace plankit {

// Findings grouped by severity with their counts; ANSI colour when `color` is set.
std::string gaps_to_text(const GapReport& report, Lang lang, bool color);

// A heading, the counts, then a table per severity.
std::string gaps_to_markdown(const GapReport& report, Lang lang);

// One row a finding: severity, code, subject, message, location (stable column names;
// the message in `lang`).
std::string gaps_to_csv(const GapReport& report, Lang lang);

// `{"plan", "findings": [{code, severity, subject, message, args, location}], "counts"}`,
// the messages in `lang`.
std::string gaps_to_json(const GapReport& report, Lang lang);

}  // namespace plankit
