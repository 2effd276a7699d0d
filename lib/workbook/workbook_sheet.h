// The first sheet of an .xlsx workbook, row by row, with every cell read as Excel stores
// it: shared strings, inline strings, numbers, booleans, dates, and formulas by their
// cached values (cycle.md, "Forms"). The zip is checked before it inflates and the XML
// is parsed by expat, so a hostile workbook is an error, never a crash or an out-of-memory.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zip_archive.h"

namespace plankit {

// One cell: its text (a number as the file writes it, e.g. `0.7`), and whether the file
// stores it as a number (dates are numbers: days since 1899-12-30).
struct SheetCell {
    std::string text;
    bool number = false;
};

// One row that has cells: its 1-based number, its cells from column A on (empty cells
// where the row has none).
struct SheetRow {
    int row = 0;
    std::vector<SheetCell> cells;
};

// Why the sheet cannot be read: at a cell (row and column, 1-based), or 0 and 0 for the
// workbook as a whole.
struct SheetError {
    int row = 0;
    int col = 0;
    std::string message;
};

// Calls `on_row` with each row of the workbook's first sheet, in file order; the row is
// valid for the call only. Returns the error that ended the reading, or nullopt.
std::optional<SheetError> read_first_sheet(std::string_view bytes, const ZipLimits& limits,
                                           const std::function<void(const SheetRow&)>& on_row);

}  // namespace plankit
