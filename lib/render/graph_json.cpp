// JSON for `graph --format json` (cli.md).
#include "graph_export.h"
#include "json_writer.h"

namespace plankit {

std::string graph_to_json(const PlanGraph& pg, const GraphView& view) {
    JsonWriter w;
    w.begin_object().key("nodes").begin_array();
    for (Vertex v : view.nodes) {
        w.begin_object()
            .field("kind", to_string(pg.node(v).kind))
            .field("id", pg.id_of(v))
            .field("label", node_label(pg, v))
            .end_object();
    }
    w.end_array().key("edges").begin_array();
    const Graph& g = pg.graph();
    for (auto e : view.edges) {
        w.begin_object()
            .field("from", node_key(pg, boost::source(e, g)))
            .field("to", node_key(pg, boost::target(e, g)))
            .field("type", to_string(g[e].type))
            .end_object();
    }
    w.end_array().end_object();
    return w.str();
}

}  // namespace plankit
