// The parts of a workbook that lead to its first sheet: the workbook's list of sheets,
// its relationships, and the shared strings the sheet's cells point at.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zip_archive.h"

namespace plankit {

// Finds the path inside the zip of the workbook's first sheet; an error message, or nullopt.
std::optional<std::string> first_sheet_path(const ZipArchive& zip, std::string& path);

// The shared strings (an empty list when the workbook has none); an error message, or nullopt.
std::optional<std::string> read_shared_strings(const ZipArchive& zip, std::vector<std::string>& out);

}  // namespace plankit
