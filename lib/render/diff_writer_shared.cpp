#include <fmt/format.h>

#include "diff_writers.h"
#include "number_format.h"

namespace plankit {

std::string diff_value_text(const DiffValue& v, std::string_view absent) {
    if (auto* s = std::get_if<std::string>(&v)) return *s;
    if (auto* d = std::get_if<double>(&v)) return format_number(*d, 6);
    if (auto* i = std::get_if<int>(&v)) return std::to_string(*i);
    return std::string(absent);
}

std::string_view diff_subject_kind(std::string_view subject) {
    return subject.substr(0, subject.find(':'));
}

std::string diff_group_heading(std::string_view kind, Lang lang) {
    if (kind == "plan") return label(lang, "diff.header");
    if (kind == "scoring") return label(lang, "diff.scoring");
    return label(lang, std::string(kind) + "s");
}

// A plain field (`lead`) in the tool's words; a compound one (`milestones.2025.value`)
// stays as the plan file spells it, which is what an editor searches for.
std::string diff_field_name(const std::string& field, Lang lang) {
    const std::string key = "diff.field." + field;
    return has_label(key) ? label(lang, key) : field;
}

std::string diff_title(const PlanDiff& d, Lang lang) {
    if (d.same()) return fmt::format(fmt::runtime(label(lang, "diff.same")), d.new_plan);
    return fmt::format(fmt::runtime(label(lang, "diff.title")), d.new_plan, d.added, d.removed, d.changed);
}

}  // namespace plankit
