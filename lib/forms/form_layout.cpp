#include "form_layout.h"

#include "csv_writer.h"

namespace plankit {

const std::vector<ProgressColumn>& form_columns() {
    using C = ProgressColumn;
    static const std::vector<ProgressColumn> columns = {
        C::year,    C::kind,     C::id,     C::unit,     C::title,  C::milestone, C::measure,
        C::baseline, C::expected, C::status, C::progress, C::value, C::note};
    return columns;
}

bool is_report_column(ProgressColumn c) {
    return c == ProgressColumn::status || c == ProgressColumn::progress || c == ProgressColumn::value ||
           c == ProgressColumn::note;
}

std::vector<std::string> form_header(Lang lang) {
    std::vector<std::string> header;
    for (ProgressColumn c : form_columns()) header.emplace_back(column_name(c, lang == Lang::zh));
    return header;
}

std::string form_kind(FormRowKind kind, Lang lang) {
    RecordKind k = kind == FormRowKind::target ? RecordKind::target
                   : kind == FormRowKind::task ? RecordKind::task
                                               : RecordKind::contribution;
    return std::string(kind_word(k, lang == Lang::zh));
}

std::vector<std::string> form_statuses(Lang lang) {
    std::vector<std::string> words;
    for (int i = 0; i < kStatusCount; ++i) {
        auto s = static_cast<Status>(i);
        words.emplace_back(lang == Lang::zh ? status_word_zh(s) : to_string(s));
    }
    return words;
}

std::vector<std::string> form_cells(const FormRow& row, const Forms& forms, const UnitForm& unit, Lang lang) {
    std::vector<std::string> cells;
    for (ProgressColumn c : form_columns()) {
        switch (c) {
            case ProgressColumn::year: cells.push_back(std::to_string(forms.year)); break;
            case ProgressColumn::kind: cells.push_back(form_kind(row.kind, lang)); break;
            case ProgressColumn::id: cells.push_back(row.id); break;
            case ProgressColumn::unit: cells.push_back(unit.unit); break;
            case ProgressColumn::title: cells.push_back(row.title); break;
            case ProgressColumn::milestone: cells.push_back(cell(row.milestone)); break;
            case ProgressColumn::measure: cells.push_back(cell(row.measure)); break;
            case ProgressColumn::baseline: cells.push_back(cell(row.baseline)); break;
            case ProgressColumn::expected: cells.push_back(cell(row.expected)); break;
            default: cells.emplace_back(); break;  // the report columns, for the unit
        }
    }
    return cells;
}

}  // namespace plankit
