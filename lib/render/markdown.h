// Markdown output for reports people read on Git hosting pages (GitHub-flavoured tables).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text_table.h"

namespace plankit {

// Text made safe for a table cell: `&`, `<` and `>` become entities (plan text shows as
// text, never as HTML), `|` becomes `\|`, each line break (CRLF, LF, CR) becomes `<br>`
// and other control characters escapes (as display_text writes them), so a cell can never
// end its row or the table, nor colour or reorder the line.
std::string markdown_cell(std::string_view s);

// Text made safe for one line (a heading, a list item): `&`, `<` and `>` entities, line
// breaks spaces, other control characters escapes.
std::string markdown_line(std::string_view s);

// `## text` and a blank line; `level` is clamped to 1..6.
std::string markdown_heading(int level, std::string_view text);

// A table: header row, alignment row (`---` or `---:`), one row per item; cells are
// escaped here. Missing cells are empty, extra ones dropped; missing alignments are
// left. Ends in `\n`.
std::string markdown_table(const std::vector<std::string>& header,
                           const std::vector<std::vector<std::string>>& rows,
                           const std::vector<Align>& alignments = {});

}  // namespace plankit
