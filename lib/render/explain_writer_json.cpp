#include "explain_writers.h"
#include "json_writer.h"

namespace plankit {

std::string explanation_to_json(const Explanation& e) {
    JsonWriter w;
    w.begin_object().field("subject", e.subject).field("year", e.year).field("value", e.value);
    w.key("steps").begin_array();
    for (const auto& s : e.steps) {
        // The English words: machines read `what` and `formula` the same whatever the language.
        w.begin_object().field("what", s.what).field("formula", phrase_text(s.formula, Lang::en)).key("value");
        if (s.value.number) w.value(*s.value.number);
        else if (s.value.text) w.value(*s.value.text);
        else w.null();
        if (s.weight) w.field("weight", *s.weight);
        w.end_object();
    }
    w.end_array();
    if (e.scenario) {
        w.key("scenario").begin_object().key("assumptions").begin_array();
        for (const auto& a : e.scenario->assumptions)
            w.begin_object().field("subject", a.subject).field("value", a.value).end_object();
        w.end_array().end_object();
    }
    w.end_object();
    return w.str();
}

}  // namespace plankit
