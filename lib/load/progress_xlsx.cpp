// Reading one .xlsx progress file: the rows of its first sheet handed to the table rules
// (progress_table.h), as CSV's are. Errors about a cell are at `file:ROW:COL`.
#include <algorithm>
#include <memory>
#include <string>

#include "progress_reader.h"
#include "progress_table.h"
#include "workbook_sheet.h"

namespace plankit::progress_reader {
namespace {

bool all_blank(const SheetRow& row) {
    for (const auto& c : row.cells)
        for (char ch : c.text)
            if (ch != ' ' && ch != '\t') return false;
    return true;
}

}  // namespace

void read_xlsx_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                       RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes) {
    auto shown = std::make_shared<const std::string>(path);
    auto bytes = read_progress_file(files, path, shown, diags, max_input_bytes);
    if (!bytes) return;
    TableRecords table(shown, true, plan, records, diags);
    TableRow cells;  // reused from row to row
    ZipLimits limits;
    limits.max_entry_bytes = std::min<std::uint64_t>(limits.max_entry_bytes, 4 * max_input_bytes);
    auto error = read_first_sheet(*bytes, limits, [&](const SheetRow& row) {
        if (all_blank(row)) return;
        cells.line = row.row;
        cells.cells.resize(row.cells.size());
        for (std::size_t i = 0; i < row.cells.size(); ++i) cells.cells[i] = TableCell{row.cells[i].text, row.cells[i].number};
        table.add(cells);
    });
    if (error) {
        diags.error(Location{shown, error->row ? error->row : 1, error->col ? error->col : 1}, error->message);
    } else if (!table.has_header()) {
        diags.error(Location{shown, 1, 1}, "no header: the first row of the workbook's first sheet names its "
                                           "columns (year, kind, id, value, status, progress, unit, note)");
    }
}

}  // namespace plankit::progress_reader
