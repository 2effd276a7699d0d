// A finding as JSON, the same in `gaps`, `score` and the report's summary.json: its code,
// severity and subject, the message in the output language, and `args`, the values the
// message is made of under the same keys in every language.
#pragma once

#include "gap_finding.h"
#include "json_writer.h"
#include "labels.h"

namespace plankit {

// Writes the finding's object as the next value of `w`.
void finding_to_json(JsonWriter& w, const GapFinding& finding, Lang lang);

}  // namespace plankit
