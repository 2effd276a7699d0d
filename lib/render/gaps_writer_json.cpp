#include "finding_json.h"
#include "gaps_writers.h"
#include "json_writer.h"

namespace plankit {

std::string gaps_to_json(const GapReport& report, Lang lang) {
    JsonWriter w;
    w.begin_object().field("plan", report.plan).key("findings").begin_array();
    for (const auto& f : report.findings) finding_to_json(w, f, lang);
    w.end_array().key("counts").begin_object();
    for (auto s : {Severity::error, Severity::warning, Severity::info}) w.field(to_string(s), report.counts.of(s));
    w.end_object().end_object();
    return w.str();
}

}  // namespace plankit
