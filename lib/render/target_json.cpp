#include "target_json.h"

namespace plankit {

void target_score_fields(JsonWriter& w, const TargetScore& s, const ClassOf& cls) {
    w.field("expected", s.expected)
        .field("actual", s.actual)
        .field("completion", s.completion)
        .field("score", s.score)
        .field("light", to_string(s.light))
        .key("class");
    if (cls.cls) w.value(to_string(*cls.cls));
    else w.null();
}

}  // namespace plankit
