// Reading one CSV progress file: the header naming the columns, then one record per row
// (readings.md item 31). Every error is at `file:LINE:1`, LINE being where the row starts.
#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <string>
#include <vector>

#include "ascii.h"
#include "display_text.h"
#include "number_limits.h"
#include "progress_csv.h"
#include "progress_reader.h"

namespace plankit::progress_reader {
namespace {

enum Column { kYear, kKind, kId, kValue, kStatus, kProgress, kUnit, kNote, kColumnCount };

constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "year", "kind", "id", "value", "status", "progress", "unit", "note"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

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

std::optional<Status> status_of(std::string_view s) {
    for (int i = 0; i < kStatusCount; ++i)
        if (s == to_string(static_cast<Status>(i))) return static_cast<Status>(i);
    return std::nullopt;
}

class CsvRecords {
public:
    CsvRecords(std::shared_ptr<const std::string> file, const PlanIndex& plan, RecordSet& records,
               Diagnostics& diags)
        : file_(std::move(file)), plan_(plan), records_(records), diags_(diags) {}

    void read(std::string_view bytes) {
        CsvReader reader(bytes);
        CsvRow row;
        bool have_header = false, usable = false;
        while (reader.next(row)) {
            if (all_empty(row)) continue;
            if (!have_header) {
                have_header = true;
                usable = read_header(row);
            } else if (usable) {
                read_row(row);
            }
        }
        if (const auto& e = reader.error()) {
            diags_.error(Location{file_, e->line, e->col}, e->message);
        } else if (!have_header) {
            diags_.error(Location{file_, 1, 1}, "no header: the first line of a CSV progress file "
                                                "names its columns (year,kind,id,value,status,progress,unit,note)");
        }
    }

private:
    static bool all_empty(const CsvRow& row) {
        for (auto f : row.fields)
            if (!trim(f).empty()) return false;
        return true;
    }

    Location at(const CsvRow& row) const { return Location{file_, row.line, 1}; }

    // Maps the header's names to columns; false when a required column is missing.
    bool read_header(const CsvRow& row) {
        columns_.fill(-1);
        width_ = row.fields.size();
        std::vector<std::string> known(kColumnNames.begin(), kColumnNames.end());
        for (std::size_t i = 0; i < width_; ++i) {
            std::string_view name = trim(row.fields[i]);
            std::string nth = "column " + std::to_string(i + 1) + " of the header";
            if (name.empty()) {
                diags_.error(at(row), nth + " has no name");
                continue;
            }
            if (name.substr(0, 2) == "x-") continue;
            auto it = std::find(kColumnNames.begin(), kColumnNames.end(), name);
            if (it == kColumnNames.end()) {
                std::string msg = "unknown column `" + display_text(name) + "`";
                if (auto near = nearest_word(name, known))
                    msg += "; did you mean `" + *near + "`?";
                else
                    msg += " (expected year, kind, id, value, status, progress, unit, note, or an x- column)";
                diags_.error(at(row), msg);
                continue;
            }
            int& slot = columns_[static_cast<std::size_t>(it - kColumnNames.begin())];
            if (slot >= 0) {
                diags_.error(at(row), "column `" + std::string(name) + "` appears twice (columns " +
                                          std::to_string(slot + 1) + " and " + std::to_string(i + 1) + ")");
                continue;
            }
            slot = static_cast<int>(i);
        }
        bool complete = true;
        for (Column c : {kYear, kKind, kId}) {
            if (columns_[c] >= 0) continue;
            diags_.error(at(row), "missing required column `" + std::string(kColumnNames[c]) + "`");
            complete = false;
        }
        return complete;
    }

    std::string_view cell(const CsvRow& row, Column c) const {
        int i = columns_[c];
        return i < 0 ? std::string_view() : trim(row.fields[static_cast<std::size_t>(i)]);
    }

    void error(const CsvRow& row, std::string message) { diags_.error(at(row), std::move(message)); }

    void read_row(const CsvRow& row) {
        if (row.fields.size() != width_) {
            error(row, "this row has " + std::to_string(row.fields.size()) + " fields but the header has " +
                           std::to_string(width_));
            return;
        }
        std::size_t before = diags_.size();
        auto year = row_year(row);
        std::string_view kind = cell(row, kKind);
        std::string_view id = cell(row, kId);
        if (id.empty()) error(row, "missing `id`");
        std::optional<std::string> unit;
        if (auto u = cell(row, kUnit); !u.empty() && check_unit(plan_, u, at(row), diags_)) unit = std::string(u);
        std::optional<std::string> note;
        if (auto n = cell(row, kNote); !n.empty()) note = std::string(n);
        if (kind == "target") {
            read_target(row, year, id, std::move(unit), std::move(note), before);
        } else if (kind == "task") {
            read_task(row, year, id, std::move(unit), std::move(note), before);
        } else if (kind == "contribution") {
            read_contribution(row, year, id, std::move(unit), std::move(note), before);
        } else {
            error(row, kind.empty() ? std::string("missing `kind` (target, task or contribution)")
                                    : "`kind` must be target, task or contribution, found " + quoted_text(kind));
        }
    }

    std::optional<int> row_year(const CsvRow& row) {
        std::string_view text = cell(row, kYear);
        if (text.empty()) {
            error(row, "missing `year`");
            return std::nullopt;
        }
        auto year = parse_year(text);
        if (!year) error(row, "`year` must be a whole number from 1900 to 2200, found " + quoted_text(text));
        return year;
    }

    std::optional<double> number(const CsvRow& row, Column c) {
        std::string_view text = cell(row, c);
        auto value = parse_decimal(text);
        if (value) {
            const char* expected = number_limit_broken(*value);
            if (!expected) return value;
            error(row, "`" + std::string(kColumnNames[c]) + "` must be " + expected + ", found " + quoted_text(text));
            return std::nullopt;
        }
        std::string msg = "`" + std::string(kColumnNames[c]) + "` is not a number: " + quoted_text(text);
        if (text.find(',') != std::string_view::npos) msg += " (write decimals with a dot: 1.5)";
        error(row, msg);
        return std::nullopt;
    }

    void read_target(const CsvRow& row, std::optional<int> year, std::string_view id,
                     std::optional<std::string> unit, std::optional<std::string> note, std::size_t before) {
        for (Column c : {kStatus, kProgress})
            if (!cell(row, c).empty())
                error(row, "a target row has no `" + std::string(kColumnNames[c]) + "` (only task rows do)");
        std::optional<double> value;
        if (cell(row, kValue).empty())
            error(row, "missing `value` (a target row needs one)");
        else
            value = number(row, kValue);
        std::optional<std::size_t> known;
        if (!id.empty()) known = check_target_id(plan_, id, at(row), diags_);
        if (diags_.size() != before || !known || !value || !year) return;
        TargetRecord r;
        r.id = std::string(id);
        r.year = *year;
        r.value = *value;
        r.unit = std::move(unit);
        r.note = std::move(note);
        r.loc = at(row);
        records_.add(std::move(r), *known, diags_);
    }

    void read_contribution(const CsvRow& row, std::optional<int> year, std::string_view id,
                           std::optional<std::string> unit, std::optional<std::string> note, std::size_t before) {
        for (Column c : {kStatus, kProgress})
            if (!cell(row, c).empty())
                error(row, "a contribution row has no `" + std::string(kColumnNames[c]) + "` (only task rows do)");
        if (cell(row, kUnit).empty()) error(row, "missing `unit` (a contribution row names the unit reporting)");
        std::optional<double> value;
        if (cell(row, kValue).empty())
            error(row, "missing `value` (a contribution row needs one)");
        else
            value = number(row, kValue);
        std::optional<std::size_t> known;
        if (!id.empty()) known = check_target_id(plan_, id, at(row), diags_);
        if (diags_.size() != before || !known || !value || !year || !unit) return;
        if (!check_contribution(plan_, *known, id, *unit, at(row), diags_)) return;
        ContributionRecord r;
        r.id = std::string(id);
        r.unit = std::move(*unit);
        r.year = *year;
        r.value = *value;
        r.note = std::move(note);
        r.loc = at(row);
        records_.add(std::move(r), *known, diags_);
    }

    void read_task(const CsvRow& row, std::optional<int> year, std::string_view id,
                   std::optional<std::string> unit, std::optional<std::string> note, std::size_t before) {
        if (!cell(row, kValue).empty()) error(row, "a task row has no `value` (only target rows do)");
        std::optional<Status> status;
        std::string_view status_text = cell(row, kStatus);
        if (status_text.empty()) {
            error(row, "missing `status` (a task row needs one)");
        } else if (!(status = status_of(status_text))) {
            error(row, unknown_status_message(status_text));
        }
        std::optional<double> progress;
        if (!cell(row, kProgress).empty()) {
            progress = number(row, kProgress);
            if (progress && (*progress < 0 || *progress > 1)) {
                error(row, progress_range_message(cell(row, kProgress), *progress));
                progress.reset();
            }
        }
        std::optional<std::size_t> known;
        if (!id.empty()) known = check_task_id(plan_, id, at(row), diags_);
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

    std::shared_ptr<const std::string> file_;
    const PlanIndex& plan_;
    RecordSet& records_;
    Diagnostics& diags_;
    std::array<int, kColumnCount> columns_{};  // field index of each column, -1 when absent
    std::size_t width_ = 0;                    // the header's field count
};

}  // namespace

void read_csv_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                      RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes) {
    auto shown = std::make_shared<const std::string>(path);
    diags.note_file(path);
    FileRead read = files.read(path, max_input_bytes);
    if (!read.bytes) {
        diags.error(Location{shown, 1, 1}, "cannot read " + display_text(path) + ": " + read.error);
        return;
    }
    CsvRecords(shown, plan, records, diags).read(*read.bytes);
}

}  // namespace plankit::progress_reader
