// The renderings of a plan revision (`plankit diff`, cycle.md "Revisions"): text grouped
// by kind (added green, removed red on a terminal), Markdown for a pull-request comment,
// CSV with one row per changed field, and the JSON of the spec.
#pragma once

#include <string>
#include <string_view>

#include "labels.h"
#include "plan_diff.h"

namespace plankit {

// The two plans as named to the reader: `plan.yaml@HEAD~1`, `plan.yaml`.
struct DiffFiles {
    std::string old_file, new_file;
};

// A field's value for people (numbers rounded for display), `absent` when it has none.
std::string diff_value_text(const DiffValue& v, std::string_view absent);

// The kind of a subject: `task` for `task:13`, `plan`, `scoring`.
std::string_view diff_subject_kind(std::string_view subject);

// The heading of a kind's group (`Tasks`, `Plan header`) and a field's name in `lang`.
std::string diff_group_heading(std::string_view kind, Lang lang);
std::string diff_field_name(const std::string& field, Lang lang);

// The headline: `Revision of ID: 1 added, 0 removed, 1 changed`, or `No change: ID`.
std::string diff_title(const PlanDiff& d, Lang lang);

std::string diff_to_text(const PlanDiff& d, const DiffFiles& files, Lang lang, bool color);
std::string diff_to_markdown(const PlanDiff& d, const DiffFiles& files, Lang lang);
std::string diff_to_csv(const PlanDiff& d);
std::string diff_to_json(const PlanDiff& d, const DiffFiles& files);

}  // namespace plankit
