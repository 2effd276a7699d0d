// What every rendering of a form shares: its columns in order, their header names in the
// form's language, and the text of each cell (cycle.md, "Forms").
#pragma once

#include <string>
#include <vector>

#include "forms.h"
#include "labels.h"
#include "progress_columns.h"

namespace plankit {

// The columns of a form: year, kind, id and unit filled in; the reference columns; then
// the report columns (status, progress, value, note), left empty for the unit.
const std::vector<ProgressColumn>& form_columns();

// Whether the unit fills the column in (the workbook unlocks these cells).
bool is_report_column(ProgressColumn c);

// The header of a form in `lang`.
std::vector<std::string> form_header(Lang lang);

// The cells of one row in the order of form_columns(); numbers at full precision.
std::vector<std::string> form_cells(const FormRow& row, const Forms& forms, const UnitForm& unit, Lang lang);

// The kind word a row carries (`task`, or in Chinese `任务`).
std::string form_kind(FormRowKind kind, Lang lang);

// The status words of a form's drop-down, in `lang`.
std::vector<std::string> form_statuses(Lang lang);

}  // namespace plankit
