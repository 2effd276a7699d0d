// CSV output (RFC 4180: CRLF line ends, cells quoted when they hold `,` `"` CR or LF)
// made safe to open in a spreadsheet: a cell that would start a formula gets a leading `'`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plankit {

// Whether `s` is a plain decimal number (`12`, `-1.5`, `+3`, `1e3`, `.5`), which a
// spreadsheet reads as a number and never runs.
bool is_plain_number(std::string_view s);

// One cell as written: `'` before a leading `=` `+` `-` `@` tab or CR unless a plain
// number, then quoted (quotes doubled) when it holds `,` `"` CR or LF.
std::string csv_cell(std::string_view s);

// The text of a figure, flag or optional text in a cell. Numbers keep their full precision
// (shortest round-trip text), so a spreadsheet recomputes the same figures; an absent
// value is an empty cell.
std::string cell(double v);
std::string cell(const std::optional<double>& v);
std::string cell(bool v);
std::string cell(const std::optional<bool>& v);
std::string cell(const std::optional<std::string>& v);

// One record: cells joined by `,`, ending in CRLF.
std::string csv_row(const std::vector<std::string>& cells);

// A header record and the rows; a UTF-8 BOM, when wanted, is the caller's to prepend.
std::string csv_table(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows);

}  // namespace plankit
