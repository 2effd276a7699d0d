#include "progress_columns.h"

#include <array>

namespace plankit {
namespace {

struct ColumnNames {
    std::string_view en, zh;
};

// In the order of ProgressColumn. The Chinese names are those of cycle.md ("Forms") and,
// for the columns it does not name, docs/decisions.md.
constexpr std::array<ColumnNames, kProgressColumnCount> kColumns = {{
    {"year", "年度"},
    {"kind", "类型"},
    {"id", "编号"},
    {"value", "数值"},
    {"status", "状态"},
    {"progress", "进度"},
    {"unit", "单位"},
    {"note", "说明"},
    {"source", "来源"},
    {"submitted", "提交日期"},
    {"title", "名称"},
    {"milestone", "年度节点"},
    {"measure", "计量"},
    {"baseline", "基期值"},
    {"expected", "预期值"},
}};

constexpr std::array<ColumnNames, 3> kKinds = {{
    {"target", "指标"},
    {"task", "任务"},
    {"contribution", "分解"},
}};

}  // namespace

std::string_view column_name(ProgressColumn c, bool chinese) {
    const auto& names = kColumns[static_cast<std::size_t>(c)];
    return chinese ? names.zh : names.en;
}

std::optional<ProgressColumn> column_named(std::string_view name) {
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        if (name == kColumns[i].en || name == kColumns[i].zh) return static_cast<ProgressColumn>(i);
    return std::nullopt;
}

bool is_reference_column(ProgressColumn c) { return c >= ProgressColumn::title; }

std::string_view kind_word(RecordKind k, bool chinese) {
    const auto& names = kKinds[static_cast<std::size_t>(k)];
    return chinese ? names.zh : names.en;
}

std::optional<RecordKind> kind_named(std::string_view word) {
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (word == kKinds[i].en || word == kKinds[i].zh) return static_cast<RecordKind>(i);
    return std::nullopt;
}

}  // namespace plankit
