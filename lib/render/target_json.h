// A target's score in a year as JSON fields, the same in `score` and `history`: expected,
// actual, completion, score, light and class.
#pragma once

#include "json_writer.h"
#include "progress_class.h"
#include "target_score.h"

namespace plankit {

// Writes the fields into the object `w` has open.
void target_score_fields(JsonWriter& w, const TargetScore& s, const ClassOf& cls);

}  // namespace plankit
