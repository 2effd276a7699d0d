#include "csv_writer.h"
#include "form_layout.h"
#include "form_writers.h"

namespace plankit {

std::string form_to_csv(const Forms& forms, const UnitForm& unit, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(unit.rows.size());
    for (const auto& row : unit.rows) rows.push_back(form_cells(row, forms, unit, lang));
    return csv_table(form_header(lang), rows);
}

}  // namespace plankit
