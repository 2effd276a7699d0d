#include "workbook_sheet.h"

#include <charconv>

#include "workbook_parts.h"
#include "xml_events.h"

namespace plankit {
namespace {

constexpr int kMaxColumns = 16384;   // Excel's XFD
constexpr int kMaxRows = 1048576;

// The column and row of a reference like `B12` (1-based); false when it is not one.
bool parse_reference(std::string_view ref, int& col, int& row) {
    std::size_t i = 0;
    col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && col <= kMaxColumns) col = col * 26 + (ref[i++] - 'A' + 1);
    if (i == 0 || col > kMaxColumns) return false;
    auto [end, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
    return ec == std::errc() && end == ref.data() + ref.size() && row >= 1 && row <= kMaxRows;
}

std::string column_letters(int col) {
    std::string s;
    for (; col > 0; col = (col - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
    return s;
}

// The cells of <sheetData>: rows (<row r>), cells (<c r t>), values (<v>), formulas (<f>)
// and inline strings (<is><t>, rich-text runs, no phonetic guides).
class SheetCells : public XmlEvents {
public:
    SheetCells(const std::vector<std::string>& shared, const std::function<void(const SheetRow&)>& on_row)
        : shared_(shared), on_row_(on_row) {}

    std::optional<SheetError> located;  // an error at a cell

    void start(std::string_view name, const char** attrs) override {
        if (name == "row") {
            start_row(attrs);
        } else if (name == "c") {
            start_cell(attrs);
        } else if (in_cell_) {
            if (name == "v") capture_ = &value_;
            else if (name == "f") has_formula_ = true;
            else if (name == "rPh") in_phonetic_ = true;
            else if (name == "t" && !in_phonetic_) capture_ = &inline_;
        }
    }

    void end(std::string_view name) override {
        if (name == "row") {
            if (!located) on_row_(row_);
        } else if (name == "c") {
            end_cell();
        } else if (name == "v" || name == "t") {
            capture_ = nullptr;
        } else if (name == "rPh") {
            in_phonetic_ = false;
        }
    }

    void text(std::string_view piece) override {
        if (capture_) capture_->append(piece);
    }

private:
    void fail(int col, std::string message) {
        if (!located) located = SheetError{row_.row, col, std::move(message)};
        stop("");
    }

    void start_row(const char** attrs) {
        int number = row_.row + 1;
        if (const char* r = xml_attribute(attrs, "r")) {
            std::string_view text(r);
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
            if (ec != std::errc() || end != text.data() + text.size() || number < 1 || number > kMaxRows) {
                row_.row = 0;
                fail(1, "a row numbered `" + std::string(text) + "`, which is no row number");
                return;
            }
        }
        row_.row = number;
        row_.cells.clear();
        next_col_ = 1;
    }

    void start_cell(const char** attrs) {
        in_cell_ = true;
        has_formula_ = false;
        in_phonetic_ = false;
        value_.clear();
        inline_.clear();
        const char* t = xml_attribute(attrs, "t");
        type_ = t ? t : "n";
        col_ = next_col_;
        if (const char* r = xml_attribute(attrs, "r")) {
            int row = 0;
            if (!parse_reference(r, col_, row)) {
                fail(next_col_, "a cell at `" + std::string(r) + "`, which is no cell reference");
                return;
            }
        }
        if (col_ > kMaxColumns) fail(kMaxColumns, "a row with more than " + std::to_string(kMaxColumns) + " cells");
        next_col_ = col_ + 1;
    }

    void end_cell() {
        in_cell_ = false;
        capture_ = nullptr;
        if (located) return;
        SheetCell cell;
        if (!cell_value(cell)) return;
        if (cell.text.empty()) return;
        if (row_.cells.size() < static_cast<std::size_t>(col_)) row_.cells.resize(static_cast<std::size_t>(col_));
        row_.cells[static_cast<std::size_t>(col_ - 1)] = std::move(cell);
    }

    // The cell's text by its type; false (with the error noted) when it has none it can give.
    bool cell_value(SheetCell& cell) {
        if (type_ == "inlineStr") {
            cell.text = std::move(inline_);
            return true;
        }
        if (value_.empty()) {
            if (has_formula_) {
                fail(col_, "cell " + column_letters(col_) + std::to_string(row_.row) +
                               " holds a formula without a stored value; open the workbook in Excel, WPS or "
                               "LibreOffice and save it, or type the value in");
                return false;
            }
            return true;  // an empty cell (formatting only)
        }
        if (type_ == "s") return shared_string(cell);
        if (type_ == "b") {
            cell.text = value_ == "1" ? "TRUE" : "FALSE";
        } else if (type_ == "e") {
            fail(col_, "cell " + column_letters(col_) + std::to_string(row_.row) + " holds the error " + value_);
            return false;
        } else if (type_ == "str" || type_ == "d") {
            cell.text = std::move(value_);
        } else {
            cell.text = std::move(value_);
            cell.number = true;
        }
        return true;
    }

    bool shared_string(SheetCell& cell) {
        std::size_t index = 0;
        auto [end, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
        if (ec != std::errc() || end != value_.data() + value_.size() || index >= shared_.size()) {
            fail(col_, "cell " + column_letters(col_) + std::to_string(row_.row) + " names shared string " +
                           value_ + ", but the workbook holds " + std::to_string(shared_.size()));
            return false;
        }
        cell.text = shared_[index];
        return true;
    }

    const std::vector<std::string>& shared_;
    const std::function<void(const SheetRow&)>& on_row_;
    SheetRow row_;
    int next_col_ = 1, col_ = 1;
    bool in_cell_ = false, has_formula_ = false, in_phonetic_ = false;
    std::string type_, value_, inline_;
    std::string* capture_ = nullptr;
};

SheetError whole(std::string message) { return SheetError{0, 0, std::move(message)}; }

}  // namespace

std::optional<SheetError> read_first_sheet(std::string_view bytes, const ZipLimits& limits,
                                           const std::function<void(const SheetRow&)>& on_row) {
    ZipArchive zip;
    if (auto error = zip.open(bytes, limits)) return whole(*error);
    std::string path;
    if (auto error = first_sheet_path(zip, path)) return whole(*error);
    std::vector<std::string> shared;
    if (auto error = read_shared_strings(zip, shared)) return whole(*error);
    std::string xml;
    if (auto error = zip.read(path, xml)) return whole(*error);
    SheetCells cells(shared, on_row);
    auto error = parse_xml(xml, path, cells);
    if (cells.located) return cells.located;
    if (error) return whole(*error);
    return std::nullopt;
}

}  // namespace plankit
