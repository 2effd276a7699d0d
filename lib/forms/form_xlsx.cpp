// The workbook a unit fills in, written with libxlsxwriter. Excel and WPS show it as a
// protected sheet in which only the report cells take input (without a password, so a
// unit that must can unprotect it), with the checks Excel runs as the cells are typed.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <sstream>

#include <unistd.h>

#include <xlsxwriter.h>

#include "form_layout.h"
#include "form_writers.h"
#include "text_table.h"

namespace plankit {
namespace {

constexpr double kMaxWidth = 60;   // columns wider than this wrap
constexpr lxw_color_t kShade = 0xEDEDED;

// Days from 1970-01-01 to 1 January of `year`: the workbook's fixed creation date, so
// the same forms are the same bytes.
std::time_t new_year(int year) {
    long days = 0;
    for (int y = 1970; y < year; ++y) days += (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 366 : 365;
    return static_cast<std::time_t>(days) * 86400;
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
std::string sheet_name(const UnitForm& unit, int year) {
    std::string name = std::to_string(year) + " " + unit.unit;
    for (char& c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
    if (name.size() > 31) name.resize(31);
    return name;
}

// A temporary file libxlsxwriter writes to: it writes to a path, not to memory.
class TempPath {
public:
    TempPath() {
        const char* dir = std::getenv("TMPDIR");
        path_ = std::string(dir && *dir ? dir : "/tmp") + "/plankit-form-XXXXXX";
        int fd = ::mkstemp(path_.data());
        if (fd < 0) path_.clear();
        else ::close(fd);
    }
    ~TempPath() {
        if (!path_.empty()) std::remove(path_.c_str());
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

struct Formats {
    lxw_format* header;
    lxw_format* reference;
    lxw_format* reference_number;
    lxw_format* report;
    lxw_format* progress;
};

Formats add_formats(lxw_workbook* wb) {
    Formats f{};
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, kShade);
    f.reference = workbook_add_format(wb);
    format_set_bg_color(f.reference, kShade);
    format_set_text_wrap(f.reference);
    f.reference_number = workbook_add_format(wb);
    format_set_bg_color(f.reference_number, kShade);
    f.report = workbook_add_format(wb);
    format_set_unlocked(f.report);
    f.progress = workbook_add_format(wb);
    format_set_unlocked(f.progress);
    format_set_num_format(f.progress, "0%");
    return f;
}

// Each column as wide as its longest cell (Chinese characters count twice), within limits.
std::vector<double> column_widths(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
    std::vector<double> widths;
    for (const auto& h : header) widths.push_back(static_cast<double>(display_width(h)) + 4);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], static_cast<double>(display_width(row[c])) + 2);
    for (auto& w : widths) w = std::clamp(w, 8.0, kMaxWidth);
    return widths;
}

// The checks Excel runs as a report cell is typed: the status list, progress in [0, 1],
// value a number.
void add_validations(lxw_worksheet* ws, lxw_row_t last, Lang lang) {
    const auto& columns = form_columns();
    auto col_of = [&](ProgressColumn c) {
        return static_cast<lxw_col_t>(std::find(columns.begin(), columns.end(), c) - columns.begin());
    };
    std::vector<std::string> statuses = form_statuses(lang);
    std::vector<char*> list;
    for (auto& s : statuses) list.push_back(s.data());
    list.push_back(nullptr);
    std::string status_hint = label(lang, "form.status_hint");
    std::string status_title = std::string(column_name(ProgressColumn::status, lang == Lang::zh));
    lxw_data_validation status{};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = list.data();
    status.input_title = status_title.data();
    status.input_message = status_hint.data();
    worksheet_data_validation_range(ws, 1, col_of(ProgressColumn::status), last, col_of(ProgressColumn::status), &status);

    std::string progress_title = label(lang, "form.progress_title");
    std::string progress_hint = label(lang, "form.progress_hint");
    lxw_data_validation progress{};
    progress.validate = LXW_VALIDATION_TYPE_DECIMAL;
    progress.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    progress.minimum_number = 0;
    progress.maximum_number = 1;
    progress.input_title = progress_title.data();
    progress.input_message = progress_hint.data();
    progress.error_title = progress_title.data();
    progress.error_message = progress_hint.data();
    worksheet_data_validation_range(ws, 1, col_of(ProgressColumn::progress), last, col_of(ProgressColumn::progress),
                                    &progress);

    std::string value_title = std::string(column_name(ProgressColumn::value, lang == Lang::zh));
    std::string value_hint = label(lang, "form.value_hint");
    lxw_data_validation value{};
    value.validate = LXW_VALIDATION_TYPE_DECIMAL;
    value.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    value.minimum_number = -1e15;
    value.maximum_number = 1e15;
    value.input_title = value_title.data();
    value.input_message = value_hint.data();
    value.error_title = value_title.data();
    value.error_message = value_hint.data();
    worksheet_data_validation_range(ws, 1, col_of(ProgressColumn::value), last, col_of(ProgressColumn::value), &value);
}

void write_rows(lxw_worksheet* ws, const Formats& f, const std::vector<std::vector<std::string>>& rows) {
    const auto& columns = form_columns();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            auto col = static_cast<lxw_col_t>(c);
            const std::string& text = rows[r][c];
            ProgressColumn column = columns[c];
            if (is_report_column(column)) {
                worksheet_write_blank(ws, row, col, column == ProgressColumn::progress ? f.progress : f.report);
            } else if (text.empty()) {
                worksheet_write_blank(ws, row, col, f.reference);
            } else if (column == ProgressColumn::year || column == ProgressColumn::baseline ||
                       column == ProgressColumn::expected) {
                worksheet_write_number(ws, row, col, std::stod(text), f.reference_number);
            } else {
                worksheet_write_string(ws, row, col, text.c_str(), f.reference);
            }
        }
    }
}

}  // namespace

std::optional<std::string> form_to_xlsx(const Forms& forms, const UnitForm& unit, Lang lang, std::string& out) {
    TempPath temp;
    if (temp.path().empty()) return "cannot create a temporary file for the workbook";
    lxw_workbook_options options{};
    lxw_workbook* wb = workbook_new_opt(temp.path().c_str(), &options);
    if (!wb) return "cannot create the workbook";
    std::string title = label(lang, "form") + ": " + forms.plan_title + " — " + unit.name + " — " + std::to_string(forms.year);
    lxw_doc_properties props{};
    props.title = title.data();
    props.created = new_year(forms.year);
    workbook_set_properties(wb, &props);
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(unit, forms.year).c_str());
    Formats f = add_formats(wb);
    std::vector<std::string> header = form_header(lang);
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : unit.rows) rows.push_back(form_cells(row, forms, unit, lang));
    std::vector<double> widths = column_widths(header, rows);
    for (std::size_t c = 0; c < header.size(); ++c) {
        auto col = static_cast<lxw_col_t>(c);
        worksheet_set_column(ws, col, col, widths[c], nullptr);
        worksheet_write_string(ws, 0, col, header[c].c_str(), f.header);
    }
    write_rows(ws, f, rows);
    worksheet_freeze_panes(ws, 1, 0);
    // Printed, the page says whose form it is.
    std::string print_header = "&C" + title;
    worksheet_set_header(ws, print_header.c_str());
    if (!rows.empty()) add_validations(ws, static_cast<lxw_row_t>(rows.size()), lang);
    // Protected without a password: ids stay as written, yet a unit can unprotect.
    lxw_protection protection{};
    protection.format_columns = 1;
    protection.format_rows = 1;
    worksheet_protect(ws, nullptr, &protection);
    lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR) return std::string("cannot write the workbook: ") + lxw_strerror(closed);
    std::ifstream in(temp.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) return "cannot read back the workbook just written";
    out = bytes.str();
    return std::nullopt;
}

}  // namespace plankit
