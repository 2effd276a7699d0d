// The columns of a progress table (CSV or a workbook's sheet) and of a form, with their
// English and Chinese header names (plan-format.md "Progress records"; cycle.md "Forms"):
// one table that the readers and the form writers share, so a form always reads back.
#pragma once

#include <optional>
#include <string_view>

#include "model.h"

namespace plankit {

enum class ProgressColumn {
    // Read into records.
    year, kind, id, value, status, progress, unit, note, source, submitted,
    // Reference columns of a form: shown to the unit filling it in, skipped on reading.
    title, milestone, measure, baseline, expected,
};
inline constexpr int kProgressColumnCount = 15;

// The header name of a column in English (`year`) or Chinese (`年度`).
std::string_view column_name(ProgressColumn c, bool chinese);
// The column a header name (either language) names, or nullopt.
std::optional<ProgressColumn> column_named(std::string_view name);
// Whether the column only helps a person fill in a form (the reader skips its cells).
bool is_reference_column(ProgressColumn c);

enum class RecordKind { target, task, contribution };
// `target`, `task`, `contribution`, or in Chinese 指标, 任务, 分解.
std::string_view kind_word(RecordKind k, bool chinese);
// The kind a word (either language) names, or nullopt.
std::optional<RecordKind> kind_named(std::string_view word);

}  // namespace plankit
