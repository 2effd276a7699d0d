// What the writers of a decomposition share: unit names, headings and how years and
// expected values are shown.
#include <algorithm>

#include "decompose_writers.h"
#include "number_format.h"

namespace plankit {

std::vector<const Workplan*> workplans_in_plan_order(const std::vector<Workplan>& plans) {
    std::vector<const Workplan*> out;
    out.reserve(plans.size());
    for (const auto& wp : plans) out.push_back(&wp);
    // Stable: a unit's plans stay in year order.
    std::stable_sort(out.begin(), out.end(),
                     [](const Workplan* a, const Workplan* b) { return a->unit_index < b->unit_index; });
    return out;
}

std::string held_value(const HeldAllocation& a) {
    std::string v = format_number(a.value, 6);
    if (!a.measure || a.measure->empty()) return v;
    return *a.measure == "%" ? v + "%" : v + " " + *a.measure;
}

std::string unit_name(const Decomposition& d, const std::string& unit) {
    auto it = d.unit_names.find(unit);
    return it == d.unit_names.end() ? unit : it->second;
}

std::string unit_list(const Decomposition& d, const std::vector<std::string>& units, Lang lang) {
    const std::string sep = lang == Lang::zh ? "、" : ", ";
    std::string out;
    for (const auto& u : units) {
        if (!out.empty()) out += sep;
        out += unit_name(d, u);
    }
    return out;
}

std::string workplan_heading(const Decomposition& d, const Workplan& wp, Lang lang) {
    const std::string year = std::to_string(wp.year);
    // Chinese reads "<单位> 2023年度工作计划"; English puts the year last.
    if (lang == Lang::zh) return unit_name(d, wp.unit) + " " + year + label(lang, "annual_work_plan");
    return unit_name(d, wp.unit) + " — " + label(lang, "annual_work_plan") + " " + year;
}

RoleWords::RoleWords(Lang lang)
    : lead_(label(lang, std::string("role.") + to_string(TaskRole::lead))),
      support_(label(lang, std::string("role.") + to_string(TaskRole::support))) {}

std::string years_text(int start, int end) {
    return start == end ? std::to_string(start) : std::to_string(start) + "–" + std::to_string(end);
}

std::string baseline_text(const TargetDecomposition& t) {
    if (!t.baseline) return std::string(kNoValue);
    return format_number(t.baseline->value) + " (" + std::to_string(t.baseline->year) + ")";
}

std::vector<int> year_columns(const std::vector<TargetDecomposition>& targets) {
    std::vector<int> years;
    for (const auto& t : targets) {
        for (const auto& e : t.expected) years.push_back(e.year);
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

std::string expected_text(const TargetDecomposition& t, int year) {
    for (const auto& e : t.expected) {
        if (e.year == year) return format_optional(e.value);
    }
    return "";
}

}  // namespace plankit
