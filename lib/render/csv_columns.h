// The header and the worded cells of the CSV files people open in a spreadsheet
// (decompose, score, gaps, history and the report's tables).
//
// English keeps the JSON keys as column names and the JSON codes as words (`status`,
// `delayed`), as before: scripts that join by them keep working. Chinese names every
// column and word as the Markdown tables do (`状态`, `滞后`), for the office that opens the
// file in Excel. Ids keep their own columns in both; names stand beside them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "labels.h"

namespace plankit {

// The column names for `keys` (JSON keys): the keys themselves in English, their words
// (`csv.KEY`, else `KEY` in labels.cpp) in Chinese.
std::vector<std::string> csv_header(const std::vector<std::string>& keys, Lang lang);

// A coded word in a cell: `code` in English, the label `PREFIX.code` in Chinese
// (`csv_word("status", "delayed", zh)` is 滞后). An empty code stays empty.
std::string csv_word(std::string_view prefix, std::string_view code, Lang lang);

// A flag: `true` / `false` in English, 是 / 否 in Chinese.
std::string csv_flag(bool value, Lang lang);
std::string csv_flag(const std::optional<bool>& value, Lang lang);

// Names in one cell, joined as the language lists them (`;` for English, as ids are; `、`).
std::string csv_names(const std::vector<std::string>& names, Lang lang);

}  // namespace plankit
