// Parsing a large document in pieces (yaml_cuts.h): where the cuts fall, and that the
// tree and the messages are exactly those of a parse in one piece, whatever the document.
#include <filesystem>
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "error_text.h"
#include "scratch_dir.h"
#include "yaml_compare.h"
#include "yaml_cuts.h"
#include "yaml_tree.h"

using namespace plankit;
using plankit::testing::same_tree;

namespace {

struct Parsed {
    std::optional<YamlDocument> doc;
    Diagnostics diags;
};

// `threads` 1 parses in one piece; more cut any document, however small.
Parsed parse(std::string_view text, unsigned threads) {
    YamlLimits limits;
    limits.threads = threads;
    limits.split_bytes = 0;
    Parsed p;
    p.doc = parse_yaml(text, std::make_shared<const std::string>("f.yaml"), p.diags, limits);
    return p;
}

std::string messages(const Diagnostics& d) { return format_errors(d, Lang::en); }

// Parses `text` in one piece and in 2, 3 and 5 and checks all agree; returns whether any
// of those parses was in fact cut (else the comparison proves nothing about cutting).
bool check_same_in_pieces(std::string_view text) {
    Parsed whole = parse(text, 1);
    if (whole.doc) CHECK(whole.doc->pieces == 1);
    bool cut_any = false;
    for (unsigned threads : {2u, 3u, 5u}) {
        CAPTURE(threads);
        Parsed cut = parse(text, threads);
        CHECK(messages(cut.diags) == messages(whole.diags));
        REQUIRE(cut.doc.has_value() == whole.doc.has_value());
        if (whole.doc) CHECK(same_tree(*cut.doc->root, *whole.doc->root));
        cut_any = cut_any || (cut.doc && cut.doc->pieces > 1);
    }
    return cut_any;
}

}  // namespace

TEST_CASE("cuts fall at item lines of the largest top-level list") {
    // Offsets by hand: "a: 1\n" is 0-4, "tasks:\n" 5-11, items start at 12, 19, 26, 33
    // ("  - x1\n" is 7 bytes each); "b: 2\n" starts at 40; 45 bytes in all.
    std::string text = "a: 1\ntasks:\n  - x1\n  - x2\n  - x3\n  - x4\nb: 2\n";
    REQUIRE(text.size() == 45);
    auto cuts = find_yaml_cuts(text, 2);
    REQUIRE(cuts);
    // One share is 45 / 2 = 22 bytes, less the 5 after the list: the first item line at
    // or after 17 is at 19. The list ends at 40.
    CHECK(cuts->bounds == std::vector<std::size_t>{0, 19, 40});
    // In three: a share is 15, less 5 is 10, but piece 0 keeps its first item and more:
    // the next item line is at 19; the 21 bytes from 19 to 40 split at the first item
    // line at or after 19 + 10 = 29, which is 33.
    auto three = find_yaml_cuts(text, 3);
    REQUIRE(three);
    CHECK(three->bounds == std::vector<std::size_t>{0, 19, 33, 40});
}

TEST_CASE("a cut never follows an item with a line that may go on") {
    // "t:\n" is 0-2; items "  - a" at 3 (with "    b", a plain text going on, at 9),
    // "  - c" at 15, "  - d" at 21; 27 bytes. Only the line after the complete item c is a
    // cut, whatever the share (27 / 2 = 13 would pick 15).
    std::string text = "t:\n  - a\n    b\n  - c\n  - d\n";
    REQUIRE(text.size() == 27);
    auto cuts = find_yaml_cuts(text, 2);
    REQUIRE(cuts);
    CHECK(cuts->bounds == std::vector<std::size_t>{0, 21, 27});
    // A last item that may go on into the key after the list: no cut at all.
    CHECK_FALSE(find_yaml_cuts("t:\n  - a\n  - b\n  - text: |\n      x\nz: 1\n", 2));
    CHECK_FALSE(find_yaml_cuts("t:\n  - a\n  - b\n  - \"c\n    d\"\nz: 1\n", 2));
}

TEST_CASE("documents of another shape are not cut") {
    CHECK_FALSE(find_yaml_cuts("tasks:\n  - a\n  - b\n", 1));           // one piece asked
    CHECK_FALSE(find_yaml_cuts("tasks:\n  - a\n", 2));                  // a single item
    CHECK_FALSE(find_yaml_cuts("tasks: [a, b, c]\n", 2));               // a flow list
    CHECK_FALSE(find_yaml_cuts("---\ntasks:\n  - a\n  - b\n", 2));       // a document marker
    CHECK_FALSE(find_yaml_cuts("%YAML 1.2\n---\nt:\n  - a\n  - b\n", 2));  // a directive
    CHECK_FALSE(find_yaml_cuts("t:\n  - a\n\t- b\n", 2));               // tab indentation
    CHECK_FALSE(find_yaml_cuts("\"t\":\n  - a\n  - b\n", 2));           // a quoted key
    CHECK_FALSE(find_yaml_cuts("t:\n  - a\n x: 1\n  - b\n", 2));        // a line the list cannot hold
    CHECK(find_yaml_cuts("t:\n- a\n- b\n", 2));                         // items at column 0
}

TEST_CASE("a document of the plain shape is parsed in pieces and joined") {
    // Two list pieces and the rest after the list: three pieces.
    Parsed p = parse("a: 1\ntasks:\n  - x1\n  - x2\n  - x3\n  - x4\nb: 2\n", 2);
    REQUIRE(p.doc);
    CHECK(p.doc->pieces == 3);
    const YamlNode& tasks = *p.doc->root->find("tasks")->value;
    REQUIRE(tasks.items().size() == 4);
    CHECK(tasks.items()[3]->text == "x4");
    CHECK(tasks.items()[3]->loc.line == 6);
    CHECK(p.doc->root->entries().back().name() == "b");
    CHECK(p.doc->root->entries().back().key_loc().line == 7);
    // An alias anywhere: read whole, since an anchor may lie in another piece.
    Parsed alias = parse("tasks:\n  - &a x\n  - b\n  - *a\n", 2);
    REQUIRE(alias.doc);
    CHECK(alias.doc->pieces == 1);
}

TEST_CASE("the project's plans and examples read the same in pieces") {
    const std::filesystem::path root = PLANKIT_SOURCE_DIR;
    int files = 0, cut = 0;
    for (const char* dir : {"plans", "examples", "tests/cases"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root / dir)) {
            if (entry.path().extension() != ".yaml") continue;
            CAPTURE(entry.path().string());
            if (check_same_in_pieces(testing::read_all(entry.path().string()))) ++cut;
            ++files;
        }
    }
    CHECK(files > 50);
    // Most plans have the shape that is cut: the comparison must have cut many of them.
    CHECK(cut > files / 4);
    CHECK(cut < files);  // and some (progress records, odd shapes) stay whole
}

TEST_CASE("texts that a cut would split read the same in pieces") {
    const char* docs[] = {
        // A block scalar whose lines look like items, deeper than the list.
        "tasks:\n  - text: |\n      - not an item\n      more\n  - b\n  - c\nafter: 1\n",
        // A quoted text running over lines, one of them shaped like an item of the list.
        "tasks:\n  - title: \"one\n  - two\"\n  - b\n  - c\n",
        "tasks:\n  - title: 'one\n  - two'\n  - b\n  - c\n",
        // A flow list over lines.
        "tasks:\n  - [a,\n  - b]\n  - c\n  - d\n",
        // A plain text over lines.
        "tasks:\n  - title: one\n    two\n  - b\n  - c\n",
        // Anchors in one piece, aliases in another; an alias inside one piece.
        "tasks:\n  - &a {x: 1}\n  - *a\n  - *a\n  - *a\n",
        "tasks:\n  - a\n  - b\n  - &c c\n  - *c\n",
        // A key after the list that repeats one before it; one that is new.
        "a: 1\ntasks:\n  - a\n  - b\n  - c\na: 2\n",
        "a: 1\ntasks:\n  - a\n  - b\n  - c\nz: 2\n",
        // Comments and blank lines at every cut; CRLF line ends.
        "# head\ntasks:\n\n  # one\n  - a\n\n  # two\n  - b\n  - c\n# tail\n",
        "tasks:\r\n  - a\r\n  - b\r\n  - c\r\nend: 1\r\n",
        // Errors: in the first piece, in a later one, a duplicate key, a bad tag, too deep.
        "tasks:\n  - {a: 1, a: 2}\n  - b\n  - c\n",
        "tasks:\n  - a\n  - b\n  - c: [\n",
        "tasks:\n  - a\n  - !!int b\n  - c\n",
        "tasks:\n  - a\n  - b\n  - c\n  - d\n---\nx: 1\n",
        // Items at column 0, and a list under a key of an item.
        "tasks:\n- a\n- b: [1, 2]\n- c\nz: 1\n",
        "tasks:\n  - a\n  - sub:\n    - 1\n    - 2\n  - c\n",
        // A line yaml-cpp reads leniently as a key without a value, then an item: read
        // whole, this is an error; in pieces it would not be.
        "targets:\n  - id: t1\n    n \"ok\"}\n  - id: \"2\"\n    title: x\n  - id: c\n",
        // An item ending in a key without a value: the null lies at the next token.
        "targets:\n  - id: lit\n    milestones:\n  \n  - {id: a}\n  - {id: b}\n  - -\n  - c\n",
        // Unicode before the cut changes no column.
        "名称: 规划\ntasks:\n  - 任务一\n  - 任务二\n  - 任务三\n",
    };
    for (const char* doc : docs) {
        CAPTURE(doc);
        check_same_in_pieces(doc);
    }
}

TEST_CASE("a list nested too deeply is reported at the same place in pieces") {
    std::string deep = "tasks:\n  - a\n  - b\n  - ";
    for (int i = 0; i < 70; ++i) deep += "[";
    for (int i = 0; i < 70; ++i) deep += "]";
    deep += "\n";
    check_same_in_pieces(deep);
    Parsed p = parse(deep, 2);
    CHECK(messages(p.diags).find("nested too deeply") != std::string::npos);
}
