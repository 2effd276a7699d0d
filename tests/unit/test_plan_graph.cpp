// The plan graph: vertices, typed edges from the effective attributes, task order, and
// the focus subgraphs of `graph`.
#include <algorithm>

#include <doctest/doctest.h>

#include "graph_view.h"
#include "graph_writers.h"
#include "plan_graph.h"

using namespace plankit;

namespace {

Task make_task(std::string id, std::optional<std::string> parent = std::nullopt) {
    Task t;
    t.id = std::move(id);
    t.title = "task " + t.id;
    t.parent = std::move(parent);
    t.eff.start = 2021;
    t.eff.end = 2025;
    return t;
}

// Goals g1, g2; target t1 measuring g1 owned by u1; tasks 10, 2, 2.1 (child of 2), where
// 10 depends on 2, 2 advances t1 and is led by u1, 2.1 inherits that and is supported by
// u2; unit u2 lies within u1.
Plan sample_plan() {
    Plan p;
    p.id = "p";
    p.goals = {Goal{"g1", "Goal one", "", 1, {}}, Goal{"g2", "Goal two", "", 1, {}}};
    Target t1;
    t1.id = "t1";
    t1.name = "Target one";
    t1.goal = "g1";
    t1.owner = "u1";
    p.targets = {t1};
    Unit u1{"u1", "Unit one", "", std::nullopt, {}, {}, {}};
    Unit u2{"u2", "Unit two", "", std::string("u1"), {}, {}, {}};
    p.units = {u1, u2};
    Task t10 = make_task("10");
    t10.depends_on = {"2"};
    t10.eff.goals = {"g2"};
    t10.eff.lead = {"u2"};
    Task t2 = make_task("2");
    t2.eff.targets = {"t1"};
    t2.eff.lead = {"u1"};
    Task t21 = make_task("2.1", "2");
    t21.eff.targets = {"t1"};
    t21.eff.lead = {"u1"};
    t21.eff.support = {"u2"};
    p.tasks = {t10, t2, t21};
    return p;
}

std::vector<std::string> ids(const PlanGraph& g, const std::vector<Vertex>& vs) {
    std::vector<std::string> out;
    for (Vertex v : vs) out.push_back(g.id_of(v));
    return out;
}

std::vector<std::string> keys(const GraphView& view) {
    std::vector<std::string> out;
    for (const auto& n : view.nodes) out.push_back(n.key());
    return out;
}

}  // namespace

TEST_CASE("every goal, target, task and unit is one vertex, found by kind and id") {
    Plan p = sample_plan();
    PlanGraph g(p);
    CHECK(boost::num_vertices(g.graph()) == 2 + 1 + 3 + 2);
    REQUIRE(g.find(NodeKind::task, "2.1"));
    CHECK(g.node(*g.find(NodeKind::task, "2.1")).index == 2);
    CHECK(g.id_of(*g.find(NodeKind::unit, "u2")) == "u2");
    CHECK_FALSE(g.find(NodeKind::goal, "t1"));  // a target id is not a goal
    CHECK(g.task_index("10") == 0u);
}

TEST_CASE("edges follow analysis.md's table, from the effective attributes") {
    Plan p = sample_plan();
    PlanGraph g(p);
    Vertex t1 = *g.find(NodeKind::target, "t1");
    CHECK(ids(g, g.out(t1, EdgeType::measures)) == std::vector<std::string>{"g1"});
    // Tasks are linked in task order: 2 before 2.1.
    CHECK(ids(g, g.in(t1, EdgeType::advances)) == std::vector<std::string>{"2", "2.1"});
    CHECK(ids(g, g.in(t1, EdgeType::owns)) == std::vector<std::string>{"u1"});
    Vertex task10 = *g.find(NodeKind::task, "10");
    CHECK(ids(g, g.out(task10, EdgeType::depends)) == std::vector<std::string>{"2"});
    CHECK(ids(g, g.out(task10, EdgeType::serves)) == std::vector<std::string>{"g2"});
    Vertex task21 = *g.find(NodeKind::task, "2.1");
    CHECK(ids(g, g.out(task21, EdgeType::part_of)) == std::vector<std::string>{"2"});
    CHECK(ids(g, g.in(task21, EdgeType::supports)) == std::vector<std::string>{"u2"});
    Vertex u2 = *g.find(NodeKind::unit, "u2");
    CHECK(ids(g, g.out(u2, EdgeType::within)) == std::vector<std::string>{"u1"});
    CHECK(ids(g, g.out(u2, EdgeType::leads)) == std::vector<std::string>{"10"});
    // Edge count: measures 1, owns 1, advances 2, serves 1, depends 1, part-of 1,
    // leads 3, supports 1, within 1 = 12.
    CHECK(boost::num_edges(g.graph()) == 12);
}

TEST_CASE("tasks in task order, children and top level") {
    Plan p = sample_plan();
    PlanGraph g(p);
    // Indices: 0 = "10", 1 = "2", 2 = "2.1"; order 2 < 2.1 < 10.
    CHECK(g.tasks_in_order() == std::vector<std::size_t>{1, 2, 0});
    CHECK(g.children(1) == std::vector<std::size_t>{2});
    CHECK(g.composite(1));
    CHECK_FALSE(g.composite(2));
    CHECK(g.top_level(0));
    CHECK_FALSE(g.top_level(2));
}

TEST_CASE("rank in task order, and neighbours visited without a list") {
    Plan p = sample_plan();
    PlanGraph g(p);
    // Order 2 < 2.1 < 10 (indices 1, 2, 0), so the ranks by index are 2, 0, 1.
    CHECK(g.task_rank(0) == 2);
    CHECK(g.task_rank(1) == 0);
    CHECK(g.task_rank(2) == 1);
    Vertex t1 = *g.find(NodeKind::target, "t1");
    std::vector<Vertex> advancing;
    g.each_in(t1, EdgeType::advances, [&](Vertex v) { advancing.push_back(v); });
    CHECK(advancing == g.in(t1, EdgeType::advances));  // the same tasks, 2 then 2.1
    CHECK(g.has_in(t1, EdgeType::advances));
    CHECK(g.has_out(t1, EdgeType::measures));
    CHECK_FALSE(g.has_out(t1, EdgeType::depends));
    Vertex u2 = *g.find(NodeKind::unit, "u2");
    std::vector<Vertex> led;
    g.each_out(u2, EdgeType::leads, [&](Vertex v) { led.push_back(v); });
    CHECK(ids(g, led) == std::vector<std::string>{"10"});
}

TEST_CASE("unknown references make no edge") {
    Plan p = sample_plan();
    p.tasks[0].depends_on = {"99"};
    p.tasks[0].eff.lead = {"nobody"};
    PlanGraph g(p);
    Vertex task10 = *g.find(NodeKind::task, "10");
    CHECK(g.out(task10, EdgeType::depends).empty());
    CHECK(g.in(task10, EdgeType::leads).empty());
}

TEST_CASE("focus: upstream is what a node rests on, downstream what rests on it") {
    Plan p = sample_plan();
    PlanGraph g(p);
    // Task 2 rests on its subtask 2.1, its lead u1, and through them on u2 (supports 2.1,
    // lies within u1).
    auto up = focus_graph(g, *g.find(NodeKind::task, "2"), false);
    CHECK(keys(up) == std::vector<std::string>{"task:2", "task:2.1", "unit:u1", "unit:u2"});
    // What rests on task 2: target t1 and goal g1 it feeds, task 10 waiting for it, and g2
    // which 10 serves.
    auto down = focus_graph(g, *g.find(NodeKind::task, "2"), true);
    CHECK(keys(down) == std::vector<std::string>{"goal:g1", "goal:g2", "target:t1", "task:2", "task:10"});
    // Only edges between shown nodes: measures, advances, serves, depends = 4.
    CHECK(down.edges.size() == 4);
}

TEST_CASE("graph exports escape titles") {
    Plan p = sample_plan();
    p.tasks[1].title = "say \"hi\" \\ #1\nnext";
    PlanGraph g(p);
    GraphView view = whole_graph(g);
    std::string dot = graph_to_dot(view, Lang::en);
    CHECK(dot.find("say \\\"hi\\\" \\\\ #1\\nnext") != std::string::npos);
    std::string mermaid = graph_to_mermaid(view, Lang::en);
    CHECK(mermaid.rfind("flowchart LR\n", 0) == 0);
    CHECK(mermaid.find("say #quot;hi#quot; \\ #35;1 next") != std::string::npos);
    std::string json = graph_to_json(view);
    CHECK(json.find("\"type\": \"part-of\"") != std::string::npos);
}
