// The rules of a progress table, whatever file the rows come from: header names in
// English or Chinese, known columns in any order, reference columns of a form skipped,
// one record a row with its errors at the row (or, in a workbook, at the cell).
#include "progress_table.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "ascii.h"
#include "display_text.h"
#include "number_limits.h"

namespace plankit::progress_reader {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string name_of(ProgressColumn c) { return std::string(column_name(c, false)); }

// A plain decimal (`12`, `-1.5`, `.5`, `1e3`), finite; nullopt for anything else
// (`nan`, `inf`, `1,5`, `0x10`, `12%`).
std::optional<double> parse_decimal(std::string_view s) {
    std::size_t i = 0, n = s.size();
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t digits = 0;
    while (i < n && is_digit(s[i])) ++i, ++digits;
    if (i < n && s[i] == '.') {
        ++i;
        while (i < n && is_digit(s[i])) ++i, ++digits;
    }
    if (digits == 0) return std::nullopt;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
        std::size_t exp_digits = 0;
        while (i < n && is_digit(s[i])) ++i, ++exp_digits;
        if (exp_digits == 0) return std::nullopt;
    }
    if (i != n) return std::nullopt;
    if (s.front() == '+') s.remove_prefix(1);
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;  // e.g. 1e999
    return value;
}

// A year: digits only, 1900..2200.
std::optional<int> parse_year(std::string_view s) {
    if (s.empty() || s.size() > 6) return std::nullopt;
    int year = 0;
    for (char c : s) {
        if (!is_digit(c)) return std::nullopt;
        year = year * 10 + (c - '0');
    }
    if (year < 1900 || year > 2200) return std::nullopt;
    return year;
}

// A date written YYYY-MM-DD (the day not checked against the month's length beyond 31).
bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(s[i])) return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The columns a form reports in: a form row with none of them filled in is not yet a record.
constexpr ProgressColumn kReportColumns[] = {ProgressColumn::value, ProgressColumn::status,
                                             ProgressColumn::progress, ProgressColumn::note,
                                             ProgressColumn::source, ProgressColumn::submitted};

}  // namespace

TableRecords::TableRecords(std::shared_ptr<const std::string> file, bool cell_places, const PlanIndex& plan,
                           RecordSet& records, Diagnostics& diags)
    : file_(std::move(file)), cell_places_(cell_places), plan_(plan), records_(records), diags_(diags) {
    columns_.fill(-1);
}

void TableRecords::add(const TableRow& row) {
    if (!have_header_) {
        have_header_ = true;
        header_line_ = row.line;
        usable_ = read_header(row);
    } else if (usable_) {
        read_row(row);
    }
}

Location TableRecords::at(const TableRow& row, std::optional<Column> c) const {
    int col = 1;
    if (cell_places_ && c && columns_[static_cast<std::size_t>(*c)] >= 0)
        col = columns_[static_cast<std::size_t>(*c)] + 1;
    return Location{file_, row.line, col};
}

void TableRecords::error(const TableRow& row, std::optional<Column> c, std::string message) {
    diags_.error(at(row, c), std::move(message));
}

// Maps the header's names to columns; false when a required column is missing.
bool TableRecords::read_header(const TableRow& row) {
    width_ = row.cells.size();
    std::vector<std::string> known;
    for (int c = 0; c < kProgressColumnCount; ++c) known.emplace_back(column_name(static_cast<Column>(c), false));
    auto header_at = [&](std::size_t i) { return Location{file_, row.line, cell_places_ ? static_cast<int>(i) + 1 : 1}; };
    for (std::size_t i = 0; i < width_; ++i) {
        std::string_view name = trim(row.cells[i].text);
        std::string nth = "column " + std::to_string(i + 1) + " of the header";
        if (name.empty()) {
            // A workbook's row ends where its cells do; an empty cell inside it is an error.
            if (!cell_places_ || i + 1 < width_) diags_.error(header_at(i), nth + " has no name");
            continue;
        }
        if (name.substr(0, 2) == "x-") continue;
        auto column = column_named(name);
        if (!column) {
            std::string msg = "unknown column `" + display_text(name) + "`";
            if (auto near = nearest_word(name, known))
                msg += "; did you mean `" + *near + "`?";
            else
                msg += " (expected year, kind, id, value, status, progress, unit, note, source, submitted, "
                       "the reference columns of a form, or an x- column)";
            diags_.error(header_at(i), msg);
            continue;
        }
        int& slot = columns_[static_cast<std::size_t>(*column)];
        if (slot >= 0) {
            diags_.error(header_at(i), "column `" + name_of(*column) + "` appears twice (columns " +
                                           std::to_string(slot + 1) + " and " + std::to_string(i + 1) + ")");
            continue;
        }
        slot = static_cast<int>(i);
        form_ = form_ || is_reference_column(*column);
    }
    bool complete = true;
    for (Column c : {Column::year, Column::kind, Column::id}) {
        if (columns_[static_cast<std::size_t>(c)] >= 0) continue;
        diags_.error(Location{file_, row.line, 1}, "missing required column `" + name_of(c) + "`");
        complete = false;
    }
    return complete;
}

std::string_view TableRecords::cell(const TableRow& row, Column c) const {
    int i = columns_[static_cast<std::size_t>(c)];
    if (i < 0 || static_cast<std::size_t>(i) >= row.cells.size()) return {};
    return trim(row.cells[static_cast<std::size_t>(i)].text);
}

bool TableRecords::is_number_cell(const TableRow& row, Column c) const {
    int i = columns_[static_cast<std::size_t>(c)];
    return i >= 0 && static_cast<std::size_t>(i) < row.cells.size() && row.cells[static_cast<std::size_t>(i)].number;
}

// A column that rows of some kind need, reported once at the header rather than at every
// row when the header lacks it; true when it is there.
bool TableRecords::need_column(const TableRow& row, Column c, std::string_view kind) {
    if (columns_[static_cast<std::size_t>(c)] >= 0) return true;
    auto bit = static_cast<std::size_t>(c);
    if (!missing_told_[bit]) {
        missing_told_[bit] = true;
        diags_.error(Location{file_, header_line_, 1},
                     "no `" + name_of(c) + "` column, which a " + std::string(kind) + " row needs (the first at line " +
                         std::to_string(row.line) + ")");
    }
    return false;
}

// A form row nobody has filled in yet: its report cells are all empty. It is skipped, so
// that a form returned half done scores what it holds (the rest shows as missing).
bool TableRecords::unfilled_form_row(const TableRow& row) const {
    if (!form_) return false;
    return std::all_of(std::begin(kReportColumns), std::end(kReportColumns),
                       [&](Column c) { return cell(row, c).empty(); });
}

void TableRecords::read_row(const TableRow& row) {
    if (!cell_places_ && row.cells.size() != width_) {
        error(row, std::nullopt, "this row has " + std::to_string(row.cells.size()) + " fields but the header has " +
                                     std::to_string(width_));
        return;
    }
    for (std::size_t i = width_; i < row.cells.size(); ++i) {
        if (trim(row.cells[i].text).empty()) continue;
        diags_.error(Location{file_, row.line, static_cast<int>(i) + 1},
                     "a cell to the right of the header's columns (column " + std::to_string(i + 1) +
                         "); give the column a name in the header, or clear the cell");
        return;
    }
    if (unfilled_form_row(row)) return;
    std::size_t before = diags_.size();
    auto year = row_year(row);
    std::string_view kind_text = cell(row, Column::kind);
    std::string_view id = cell(row, Column::id);
    if (id.empty()) error(row, Column::id, "missing `id`");
    std::optional<std::string> unit;
    if (auto u = cell(row, Column::unit); !u.empty() && check_unit(plan_, u, at(row, Column::unit), diags_))
        unit = std::string(u);
    std::optional<std::string> note;
    if (auto n = cell(row, Column::note); !n.empty()) note = std::string(n);
    check_submitted(row);
    auto kind = kind_named(kind_text);
    if (!kind) {
        error(row, Column::kind,
              kind_text.empty() ? std::string("missing `kind` (target, task or contribution)")
                                : "`kind` must be target, task or contribution (指标, 任务, 分解), found " +
                                      quoted_text(kind_text));
        return;
    }
    switch (*kind) {
        case RecordKind::target: read_target(row, year, id, std::move(unit), std::move(note), before); break;
        case RecordKind::task: read_task(row, year, id, std::move(unit), std::move(note), before); break;
        case RecordKind::contribution:
            read_contribution(row, year, id, std::move(unit), std::move(note), before);
            break;
    }
}

std::optional<int> TableRecords::row_year(const TableRow& row) {
    std::string_view text = cell(row, Column::year);
    if (text.empty()) {
        error(row, Column::year, "missing `year`");
        return std::nullopt;
    }
    auto year = parse_year(text);
    if (!year) error(row, Column::year, "`year` must be a whole number from 1900 to 2200, found " + quoted_text(text));
    return year;
}

std::optional<double> TableRecords::number(const TableRow& row, Column c) {
    std::string_view text = cell(row, c);
    auto value = parse_decimal(text);
    if (value) {
        const char* expected = number_limit_broken(*value);
        if (!expected) return value;
        error(row, c, "`" + name_of(c) + "` must be " + expected + ", found " + quoted_text(text));
        return std::nullopt;
    }
    std::string msg = "`" + name_of(c) + "` is not a number: " + quoted_text(text);
    if (text.find(',') != std::string_view::npos) msg += " (write decimals with a dot: 1.5)";
    error(row, c, msg);
    return std::nullopt;
}

// A share in [0, 1], or a percentage (`90%` is 0.9), as a spreadsheet shows one.
std::optional<double> TableRecords::row_progress(const TableRow& row) {
    std::string_view text = cell(row, Column::progress);
    std::optional<double> progress;
    if (text.size() > 1 && text.back() == '%') {
        auto percent = parse_decimal(trim(text.substr(0, text.size() - 1)));
        if (!percent) {
            error(row, Column::progress, "`progress` is not a number: " + quoted_text(text));
            return std::nullopt;
        }
        progress = *percent / 100;
    } else {
        progress = number(row, Column::progress);
    }
    if (progress && (*progress < 0 || *progress > 1)) {
        error(row, Column::progress, progress_range_message(text, *progress));
        return std::nullopt;
    }
    return progress;
}

// `submitted` is a date: YYYY-MM-DD as text, or a workbook's date cell (a day number).
void TableRecords::check_submitted(const TableRow& row) {
    std::string_view text = cell(row, Column::submitted);
    if (text.empty()) return;
    if (is_number_cell(row, Column::submitted)) {
        auto day = parse_decimal(text);
        if (day && *day >= 1 && *day < 2958466) return;  // 1900-01-01 .. 9999-12-31
    } else if (is_iso_date(text)) {
        return;
    }
    error(row, Column::submitted, "`submitted` must be a date (YYYY-MM-DD), found " + quoted_text(text));
}

// Columns a row of `kind` may not fill, `only` saying which kind does.
void TableRecords::refuse(const TableRow& row, std::initializer_list<Column> columns, std::string_view kind,
                          std::string_view only) {
    for (Column c : columns)
        if (!cell(row, c).empty())
            error(row, c, "a " + std::string(kind) + " row has no `" + name_of(c) + "` (only " + std::string(only) + ")");
}

void TableRecords::read_target(const TableRow& row, std::optional<int> year, std::string_view id,
                               std::optional<std::string> unit, std::optional<std::string> note, std::size_t before) {
    refuse(row, {Column::status, Column::progress}, "target", "task rows do");
    std::optional<double> value;
    if (!need_column(row, Column::value, "target")) return;
    if (cell(row, Column::value).empty())
        error(row, Column::value, "missing `value` (a target row needs one)");
    else
        value = number(row, Column::value);
    std::optional<std::size_t> known;
    if (!id.empty()) known = check_target_id(plan_, id, at(row, Column::id), diags_);
    if (diags_.size() != before || !known || !value || !year) return;
    TargetRecord r;
    r.id = std::string(id);
    r.year = *year;
    r.value = *value;
    r.unit = std::move(unit);
    if (auto s = cell(row, Column::source); !s.empty()) r.source = std::string(s);
    r.note = std::move(note);
    r.loc = at(row);
    records_.add(std::move(r), *known, diags_);
}

void TableRecords::read_contribution(const TableRow& row, std::optional<int> year, std::string_view id,
                                     std::optional<std::string> unit, std::optional<std::string> note,
                                     std::size_t before) {
    refuse(row, {Column::status, Column::progress}, "contribution", "task rows do");
    if (!need_column(row, Column::unit, "contribution") || !need_column(row, Column::value, "contribution")) return;
    if (cell(row, Column::unit).empty())
        error(row, Column::unit, "missing `unit` (a contribution row names the unit reporting)");
    std::optional<double> value;
    if (cell(row, Column::value).empty())
        error(row, Column::value, "missing `value` (a contribution row needs one)");
    else
        value = number(row, Column::value);
    std::optional<std::size_t> known;
    if (!id.empty()) known = check_target_id(plan_, id, at(row, Column::id), diags_);
    if (diags_.size() != before || !known || !value || !year || !unit) return;
    if (!check_contribution(plan_, *known, id, *unit, at(row), diags_)) return;
    ContributionRecord r;
    r.id = std::string(id);
    r.unit = std::move(*unit);
    r.year = *year;
    r.value = *value;
    if (auto s = cell(row, Column::source); !s.empty()) r.source = std::string(s);
    r.note = std::move(note);
    r.loc = at(row);
    records_.add(std::move(r), *known, diags_);
}

void TableRecords::read_task(const TableRow& row, std::optional<int> year, std::string_view id,
                             std::optional<std::string> unit, std::optional<std::string> note, std::size_t before) {
    refuse(row, {Column::value, Column::source}, "task", "target and contribution rows do");
    if (!need_column(row, Column::status, "task")) return;
    std::optional<Status> status;
    std::string_view status_text = cell(row, Column::status);
    if (status_text.empty()) {
        error(row, Column::status, "missing `status` (a task row needs one)");
    } else if (!(status = parse_status_word(std::string(status_text)))) {
        error(row, Column::status, unknown_status_message(status_text));
    }
    std::optional<double> progress;
    if (!cell(row, Column::progress).empty()) progress = row_progress(row);
    std::optional<std::size_t> known;
    if (!id.empty()) known = check_task_id(plan_, id, at(row, Column::id), diags_);
    if (diags_.size() != before || !known || !status || !year) return;
    TaskRecord r;
    r.id = std::string(id);
    r.year = *year;
    r.status = *status;
    r.progress = progress;
    r.unit = std::move(unit);
    r.note = std::move(note);
    r.loc = at(row);
    records_.add(std::move(r), *known, diags_);
}

}  // namespace plankit::progress_reader
