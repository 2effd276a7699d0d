// JSON for `graph --format json` (cli.md).
#include "graph_writers.h"
#include "json_writer.h"

namespace plankit {

std::string graph_to_json(const GraphView& view) {
    JsonWriter w;
    w.begin_object().key("nodes").begin_array();
    for (const auto& n : view.nodes)
        w.begin_object().field("kind", to_string(n.kind)).field("id", n.id).field("label", n.label).end_object();
    w.end_array().key("edges").begin_array();
    for (const auto& e : view.edges) {
        w.begin_object()
            .field("from", view.nodes[e.from].key())
            .field("to", view.nodes[e.to].key())
            .field("type", to_string(e.type))
            .end_object();
    }
    w.end_array().end_object();
    return w.str();
}

}  // namespace plankit
