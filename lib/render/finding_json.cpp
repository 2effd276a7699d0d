#include "finding_json.h"

#include "finding_message.h"

namespace plankit {
namespace {

void arg_value(JsonWriter& w, const FindingArg& a) {
    switch (a.kind) {
        case FindingArg::Kind::text: w.value(a.text); return;
        case FindingArg::Kind::whole: w.value(static_cast<long long>(a.number)); return;
        case FindingArg::Kind::amount:
        case FindingArg::Kind::exact: w.value(a.number); return;
        case FindingArg::Kind::years:
            w.begin_array();
            for (int y : a.years) w.value(y);
            w.end_array();
            return;
        case FindingArg::Kind::path:
        case FindingArg::Kind::ids: w.value(a.ids); return;
    }
}

}  // namespace

void finding_to_json(JsonWriter& w, const GapFinding& f, Lang lang) {
    w.begin_object()
        .field("code", f.code)
        .field("severity", to_string(f.severity))
        .field("subject", f.subject)
        .field("message", finding_message(f, lang))
        .key("args")
        .begin_object();
    for (const auto& a : f.args) {
        w.key(a.key);
        arg_value(w, a);
    }
    w.end_object().field("location", known_place(f.loc)).end_object();
}

}  // namespace plankit
