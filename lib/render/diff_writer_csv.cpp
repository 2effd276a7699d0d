#include "csv_writer.h"
#include "diff_writers.h"
#include "json_writer.h"

namespace plankit {
namespace {

// Numbers in full precision, as the other CSV outputs keep them.
std::string csv_value(const DiffValue& v) {
    if (auto* d = std::get_if<double>(&v)) return cell(*d);
    return diff_value_text(v, "");
}

}  // namespace

// One row per added or removed subject and per changed field; the expected values and
// the work plans are in the JSON and the text, not here, so that every row is a change.
std::string diff_to_csv(const PlanDiff& d) {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(d.entries.size());
    for (const auto& e : d.entries)
        rows.push_back({e.subject, to_string(e.change), e.field, csv_value(e.old_value), csv_value(e.new_value)});
    return csv_table({"subject", "change", "field", "old", "new"}, rows);
}

}  // namespace plankit
