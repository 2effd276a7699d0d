// The renderings of one unit's form (cycle.md, "Forms"): CSV and YAML, which read back as
// progress files as they are, and an Excel workbook made for filling in.
#pragma once

#include <optional>
#include <string>

#include "forms.h"
#include "labels.h"

namespace plankit {

// The form as CSV: the header, then a row per record asked for.
std::string form_to_csv(const Forms& forms, const UnitForm& unit, Lang lang);

// The form as a YAML progress file: the year and unit at the top, a record per row with
// its report keys empty, and what the unit needs to fill it in as comments above it.
std::string form_to_yaml(const Forms& forms, const UnitForm& unit, Lang lang);

// The form as an .xlsx workbook in `out`: one sheet named after the unit and year, the
// header bold and frozen, the reference cells locked and shaded, the report cells
// unlocked, `status` a drop-down, `progress` a decimal from 0 to 1, `value` a number, the
// sheet protected without a password. An error message, or nullopt.
std::optional<std::string> form_to_xlsx(const Forms& forms, const UnitForm& unit, Lang lang, std::string& out);

}  // namespace plankit
