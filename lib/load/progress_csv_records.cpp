// Reading one CSV progress file: its rows handed to the table rules (progress_table.h).
// Every error is at `file:LINE:1`, LINE being where the row starts (readings.md item 31).
#include <memory>
#include <string>

#include "progress_csv.h"
#include "progress_reader.h"
#include "progress_table.h"

namespace plankit::progress_reader {
namespace {

bool all_blank(const CsvRow& row) {
    for (auto f : row.fields)
        for (char c : f)
            if (c != ' ' && c != '\t') return false;
    return true;
}

void read_csv_table(std::string_view bytes, const std::shared_ptr<const std::string>& file, const PlanIndex& plan,
                    RecordSet& records, Diagnostics& diags) {
    TableRecords table(file, false, plan, records, diags);
    CsvReader reader(bytes);
    CsvRow row;
    TableRow cells;  // reused from row to row
    while (reader.next(row)) {
        if (all_blank(row)) continue;
        cells.line = row.line;
        cells.cells.resize(row.fields.size());
        for (std::size_t i = 0; i < row.fields.size(); ++i) cells.cells[i] = TableCell{row.fields[i], false};
        table.add(cells);
    }
    if (const auto& e = reader.error()) {
        diags.error(Location{file, e->line, e->col}, e->message);
    } else if (!table.has_header()) {
        diags.error(Location{file, 1, 1}, "no header: the first line of a CSV progress file "
                                          "names its columns (year,kind,id,value,status,progress,unit,note)");
    }
}

}  // namespace

void read_csv_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                      RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes) {
    auto shown = std::make_shared<const std::string>(path);
    if (auto bytes = read_progress_file(files, path, shown, diags, max_input_bytes))
        read_csv_table(*bytes, shown, plan, records, diags);
}

}  // namespace plankit::progress_reader
