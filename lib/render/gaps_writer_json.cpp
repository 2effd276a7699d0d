#include "gaps_writers.h"
#include "json_writer.h"

namespace plankit {

std::string gaps_to_json(const GapReport& report) {
    JsonWriter w;
    w.begin_object().field("plan", report.plan).key("findings").begin_array();
    for (const auto& f : report.findings) {
        w.begin_object()
            .field("code", f.code)
            .field("severity", to_string(f.severity))
            .field("subject", f.subject)
            .field("message", f.message)
            .field("location", known_place(f.loc))
            .end_object();
    }
    w.end_array().key("counts").begin_object();
    for (auto s : {Severity::error, Severity::warning, Severity::info}) w.field(to_string(s), report.counts.of(s));
    w.end_object().end_object();
    return w.str();
}

}  // namespace plankit
