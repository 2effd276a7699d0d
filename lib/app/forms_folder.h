// The folder `plankit forms --out DIR` writes (cycle.md, "Forms"): a form per unit, named
// so that a person recognises it, and index.csv listing units, files and row counts.
#pragma once

#include <string>
#include <vector>

#include "forms.h"
#include "labels.h"
#include "report_bundle.h"

namespace plankit {

enum class FormFormat { xlsx, csv, yaml };

struct FormsFolderOptions {
    FormFormat format = FormFormat::xlsx;
    Lang lang = Lang::en;
    bool bom = false;  // CSV forms and index.csv start with a UTF-8 byte-order mark
};

// `ID-NAME-YEAR.EXT` for a unit's form, made safe on Windows: no <>:"/\|?* or control
// characters, no reserved device name, no trailing dot or space, at most 120 bytes.
std::string form_file_name(const UnitForm& unit, int year, FormFormat format);

// The files of the folder: every unit's form, then index.csv. An error message in `error`
// when a workbook cannot be written.
std::vector<ReportFile> forms_folder(const Forms& forms, const FormsFolderOptions& options, std::string& error);

}  // namespace plankit
