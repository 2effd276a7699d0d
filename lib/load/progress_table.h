// Progress records from a table: a header row naming the columns, then one record a row
// (plan-format.md "Progress records", readings.md item 31, cycle.md "Forms"). The CSV
// reader and the workbook reader both feed their rows here, so both follow one set of rules.
#pragma once

#include <array>
#include <bitset>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "progress_columns.h"
#include "progress_reader.h"

namespace plankit::progress_reader {

// One cell as the file stores it: text, or a number a workbook holds as one (CSV cells are
// all text). `text` is valid until the next row.
struct TableCell {
    std::string_view text;
    bool number = false;
};

// One row: its cells from the first column on, and where it starts (its line or row).
struct TableRow {
    std::vector<TableCell> cells;
    int line = 0;
};

// Reads the rows of one table into `records`, checking each against the plan.
class TableRecords {
public:
    // With `cell_places`, an error about a cell is at LINE:COL of that cell (a workbook);
    // without, every error is at LINE:1 (CSV).
    TableRecords(std::shared_ptr<const std::string> file, bool cell_places, const PlanIndex& plan,
                 RecordSet& records, Diagnostics& diags);

    // Feeds the next non-empty row: the first is the header.
    void add(const TableRow& row);
    // Whether a header was seen.
    bool has_header() const { return have_header_; }

private:
    using Column = ProgressColumn;

    bool read_header(const TableRow& row);
    void read_row(const TableRow& row);
    bool unfilled_form_row(const TableRow& row) const;
    std::string_view cell(const TableRow& row, Column c) const;
    bool is_number_cell(const TableRow& row, Column c) const;
    Location at(const TableRow& row, std::optional<Column> c = std::nullopt) const;
    void error(const TableRow& row, std::optional<Column> c, std::string message);
    bool need_column(const TableRow& row, Column c, std::string_view kind);

    std::optional<int> row_year(const TableRow& row);
    std::optional<double> number(const TableRow& row, Column c);
    std::optional<double> row_progress(const TableRow& row);
    void check_submitted(const TableRow& row);
    void refuse(const TableRow& row, std::initializer_list<Column> columns, std::string_view kind,
                std::string_view only);

    void read_target(const TableRow& row, std::optional<int> year, std::string_view id,
                     std::optional<std::string> unit, std::optional<std::string> note, std::size_t before);
    void read_contribution(const TableRow& row, std::optional<int> year, std::string_view id,
                           std::optional<std::string> unit, std::optional<std::string> note, std::size_t before);
    void read_task(const TableRow& row, std::optional<int> year, std::string_view id,
                   std::optional<std::string> unit, std::optional<std::string> note, std::size_t before);

    std::shared_ptr<const std::string> file_;
    bool cell_places_;
    const PlanIndex& plan_;
    RecordSet& records_;
    Diagnostics& diags_;
    bool have_header_ = false, usable_ = false, form_ = false;
    int header_line_ = 0;
    std::array<int, kProgressColumnCount> columns_{};  // cell index of each column, -1 when absent
    std::size_t width_ = 0;                            // the header's cell count
    std::bitset<kProgressColumnCount> missing_told_;   // absent columns already reported
};

}  // namespace plankit::progress_reader
