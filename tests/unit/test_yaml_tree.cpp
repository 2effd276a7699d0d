// The YAML tree: core-schema scalars, positions in code points, duplicate keys, aliases,
// tags and the limits of readings.md items 1-3, 23, 67-69; also the display helpers.
#include <memory>
#include <string>

#include <doctest/doctest.h>

#include "error_text.h"
#include "display_text.h"
#include "yaml_scalar.h"
#include "yaml_tree.h"

using namespace plankit;

namespace {

struct Parsed {
    std::optional<YamlDocument> doc;
    Diagnostics diags;
    std::string errors() const { return format_errors(diags, Lang::en); }
};

Parsed parse(std::string_view text, YamlLimits limits = {}) {
    Parsed p;
    p.doc = parse_yaml(text, std::make_shared<const std::string>("f.yaml"), p.diags, limits);
    return p;
}

const YamlNode& value(const Parsed& p, std::string_view key) {
    const YamlEntry* e = p.doc->root->find(key);
    REQUIRE(e != nullptr);
    return *e->value;
}

}  // namespace

TEST_CASE("core schema: integers, floats, booleans and nulls by text") {
    // readings.md item 1: 010 is decimal, 0o10 octal, 0x1A hex.
    CHECK(parse_core_int("010") == 10);
    CHECK(parse_core_int("0o10") == 8);
    CHECK(parse_core_int("0x1A") == 26);
    CHECK(parse_core_int("-7") == -7);
    CHECK_FALSE(parse_core_int("99999999999999999999"));  // beyond 64 bits
    CHECK_FALSE(is_core_int("-0x1A"));                    // no sign on hex in the core schema
    CHECK(parse_core_bool("True") == true);
    CHECK(parse_core_bool("FALSE") == false);
    CHECK_FALSE(parse_core_bool("yes"));
    CHECK_FALSE(parse_core_bool("on"));
    CHECK(is_core_float("7.10"));
    CHECK(is_core_float(".inf"));
    CHECK(is_core_float("-.Inf"));
    CHECK(is_core_float(".nan"));
    CHECK(is_core_float("1e3"));
    CHECK_FALSE(is_core_float("12"));
    CHECK_FALSE(is_core_float("2021-09-14"));
    CHECK(parse_core_float("1e3") == 1000.0);
    CHECK(parse_core_float("-.5") == -0.5);
    CHECK(is_core_null("~"));
    CHECK(is_core_null(""));
    CHECK_FALSE(is_core_null("none"));
}

TEST_CASE("core types of parsed scalars follow the text, the quotes and the tag") {
    auto p = parse("a: yes\nb: \"10\"\nc: 10\nd: 2021-09-14\ne: ~\nf: !!str 10\ng: !!float 3\nh: 'true'\n");
    REQUIRE(p.doc);
    CHECK(core_type(value(p, "a")) == CoreType::string);
    CHECK(core_type(value(p, "b")) == CoreType::string);
    CHECK(core_type(value(p, "c")) == CoreType::integer);
    CHECK(core_type(value(p, "d")) == CoreType::string);
    CHECK(core_type(value(p, "e")) == CoreType::null);
    CHECK(core_type(value(p, "f")) == CoreType::string);
    CHECK(core_type(value(p, "g")) == CoreType::floating);
    CHECK(core_type(value(p, "h")) == CoreType::string);
    CHECK(p.diags.empty());
}

TEST_CASE("positions are 1-based lines and code-point columns; a BOM is not counted") {
    // "  - {名称: 值, k: v}": `{` is the 5th code point, `k` the 13th.
    auto p = parse("\xEF\xBB\xBFlist:\n  - {名称: 值, k: v}\n  - a: 1\n    b: 2\n");
    REQUIRE(p.doc);
    const YamlNode& list = value(p, "list");
    REQUIRE(list.items().size() == 2);
    const YamlNode& flow = *list.items()[0];
    CHECK(flow.loc.line == 2);
    CHECK(flow.loc.col == 5);  // a flow mapping starts at its `{`
    CHECK(flow.flow);
    CHECK(flow.find("k")->key_loc().col == 13);
    const YamlNode& block = *list.items()[1];
    CHECK(block.loc.line == 3);
    CHECK(block.loc.col == 5);  // a block mapping starts at its first key
    CHECK(p.doc->root->find("list")->key_loc().col == 1);  // after the BOM
}

TEST_CASE("a duplicate key is reported at the second, naming the first; the first value is kept") {
    auto p = parse("a: 1\n\"a\": 2\n1: x\n'1': y\n");
    REQUIRE(p.doc);
    CHECK(p.errors() ==
          "f.yaml:2:1: error: duplicate key \"a\" (first at line 1, column 1); the first value is kept\n"
          "f.yaml:4:1: error: duplicate key \"1\" (first at line 3, column 1); the first value is kept\n");
    CHECK(value(p, "a").text == "1");
    CHECK(p.doc->root->entries().size() == 2);
}

TEST_CASE("files that are no single YAML mapping document") {
    CHECK(parse("").errors() == "f.yaml:1:1: error: empty file: no YAML document\n");
    CHECK(parse("# nothing\n").errors() == "f.yaml:1:1: error: empty file: no YAML document\n");
    CHECK(parse("a: 1\n---\nb: 2\n").errors() ==
          "f.yaml:2:1: error: a second YAML document: a file holds exactly one\n");
    CHECK(parse("[1] x\n").errors() ==
          "f.yaml:1:5: error: unexpected content after the end of the document\n");
    auto bad = parse("a: [1, 2\n");
    CHECK_FALSE(bad.doc);
    CHECK(bad.errors().rfind("f.yaml:2:1: error: YAML syntax error: ", 0) == 0);
}

TEST_CASE("invalid UTF-8 is reported at the first bad byte") {
    // Line 2 is `b: é\xff`: the bad byte is the 5th code point of the line.
    auto p = parse("a: 1\nb: \xC3\xA9\xFF\n");
    CHECK_FALSE(p.doc);
    CHECK(p.errors() ==
          "f.yaml:2:5: error: not UTF-8: byte 0xFF cannot start or continue a character; save the file as UTF-8\n");
    CHECK_FALSE(parse("a: \xED\xA0\x80\n").doc);  // an encoded surrogate
    CHECK_FALSE(parse("a: \xC0\x80\n").doc);      // an overlong form
}

TEST_CASE("nesting deeper than the limit stops at the first node past it") {
    YamlLimits limits;
    limits.max_depth = 3;
    CHECK(parse("a: [[1]]\n", limits).doc);  // mapping, list, list: 3 levels
    auto p = parse("a: [[[1]]]\n", limits);
    CHECK_FALSE(p.doc);
    CHECK(p.errors() == "f.yaml:1:6: error: nested too deeply (more than 3 levels)\n");
    std::string deep = "a: " + std::string(200, '[') + std::string(200, ']') + "\n";
    CHECK_FALSE(parse(deep).doc);
}

TEST_CASE("aliases share the anchored node, located at the alias") {
    auto p = parse("a: &x {k: v}\nb: *x\n");
    REQUIRE(p.doc);
    const YamlNode& b = value(p, "b");
    CHECK(b.is_mapping());
    CHECK(b.loc.line == 2);
    CHECK(b.loc.col == 4);
    CHECK(b.entries()[0].value == value(p, "a").entries()[0].value);  // the same child node
}

TEST_CASE("an alias inside the node it names is an error, except under x- keys") {
    auto p = parse("a: &x [1, *x]\n");
    CHECK_FALSE(p.doc);
    CHECK(p.errors() == "f.yaml:1:11: error: alias *x refers to a node that contains it (a loop)\n");
    auto ext = parse("x-a: &x [1, *x]\n");
    REQUIRE(ext.doc);
    CHECK(ext.diags.empty());
    CHECK(value(ext, "x-a").items()[1]->is_null());  // never followed
}

TEST_CASE("aliases that expand past ten times the written nodes are refused") {
    // Written: root, 3 keys, a (1 + 10 items), b (1 + 10 aliases), c (1 + 10 aliases)
    // = 37 nodes; c expands to 1 + 10 * (1 + 10 * 11) = 1111 > 370.
    std::string ten_a = "[*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]";
    std::string ten_b = "[*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]";
    auto p = parse("a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b " + ten_a + "\nc: " + ten_b + "\n");
    CHECK_FALSE(p.doc);
    CHECK(p.errors().find("aliases expand too far") != std::string::npos);
    // b alone expands to 1 + 10 * 11 = 111 nodes from 26 written: allowed.
    CHECK(parse("a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: " + ten_a + "\n").doc);
}

TEST_CASE("only the core tags are accepted, and only where they fit") {
    auto p = parse("a: !foo x\nb: !!binary aGk=\nc: !!int abc\nd: !!map [1]\ne: !!str 12\n");
    REQUIRE(p.doc);
    CHECK(p.errors() ==
          "f.yaml:1:4: error: tag !foo is not supported (only !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)\n"
          "f.yaml:2:4: error: tag !!binary is not supported (only !!str, !!int, !!float, !!bool, !!null, !!map, "
          "!!seq)\n"
          "f.yaml:3:4: error: tag !!int on \"abc\", which is not an integer\n"
          "f.yaml:4:4: error: tag !!map on a list\n");
}

TEST_CASE("readers say what was expected and put a missing value at its key") {
    auto p = parse("title: 2021\nflag: yes\nweight: .inf\nsupport:\n\nyear: 2021.0\nid: 7.10\nn: 7\n");
    REQUIRE(p.doc);
    Diagnostics d;
    auto ref = [&](const char* key) { return ValueRef::of(*p.doc->root->find(key)); };
    CHECK_FALSE(read_string(ref("title"), d));
    CHECK_FALSE(read_bool(ref("flag"), d));
    CHECK_FALSE(read_number(ref("weight"), d));
    CHECK_FALSE(read_string(ref("support"), d));
    CHECK_FALSE(read_year(ref("year"), d));
    CHECK_FALSE(read_id(ref("id"), d));
    CHECK(read_id(ref("n"), d) == "7");
    CHECK(format_errors(d, Lang::en) ==
          "f.yaml:1:8: error: expected text for `title`, found the integer 2021 (quote it to use it as text: "
          "\"2021\")\n"
          "f.yaml:2:7: error: expected true or false for `flag`, found the text \"yes\"\n"
          "f.yaml:3:9: error: expected a finite number for `weight`, found .inf\n"
          "f.yaml:4:1: error: expected text for `support`, found no value\n"
          "f.yaml:6:7: error: expected a year (an integer from 1900 to 2200) for `year`, found the number 2021.0\n"
          "f.yaml:7:5: error: expected an id for `id`, found the number 7.10: quote ids such as \"7.10\"\n");
}

TEST_CASE("unknown keys suggest the nearest known key when it is close") {
    auto p = parse("titel: a\nzzz: b\nx-note: c\n<<: d\n");
    REQUIRE(p.doc);
    Diagnostics d;
    check_keys(*p.doc->root, {"id", "title"}, "a goal", d);
    CHECK(format_errors(d, Lang::en) ==
          "f.yaml:1:1: error: unknown key `titel` in a goal; did you mean `title`?\n"
          "f.yaml:2:1: error: unknown key `zzz` in a goal (expected id, title, or an x- key)\n"
          "f.yaml:4:1: error: unknown key `<<` in a goal (merge keys are not supported)\n");
}

TEST_CASE("display_text escapes what could disturb a terminal") {
    CHECK(display_text("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(display_text("\xE2\x80\xAE" "evil") == "\\u202eevil");  // right-to-left override
    CHECK(display_text("tab\there\n") == "tab\\there\\n");
    CHECK(display_text("bad\xFF") == "bad\\xff");
    CHECK(display_text("中文") == "中文");
    CHECK(quoted_text("abcdef", 3) == "\"abc...\"");
}

TEST_CASE("nearest_word finds likely typos only") {
    std::vector<std::string> keys = {"id", "title", "depends_on", "goals"};
    CHECK(nearest_word("titel", keys) == "title");  // a swap counts one
    CHECK(nearest_word("goal", keys) == "goals");
    CHECK(nearest_word("depends", keys) == "depends_on");
    CHECK_FALSE(nearest_word("colour", keys));
    CHECK_FALSE(nearest_word("x", keys));
}

TEST_CASE("duplicate keys are found in a mapping of many keys too") {
    // Past 16 keys a mapping finds repeats through an index: k0..k19 on lines 1-20, then
    // k3 again on line 21 and `1` and "1" (the same text) on lines 22-23.
    std::string text;
    for (int i = 0; i < 20; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    text += "k3: again\n1: one\n\"1\": quoted one\n";
    Parsed p = parse(text);
    CHECK(p.errors() ==
          "f.yaml:21:1: error: duplicate key \"k3\" (first at line 4, column 1); the first value is kept\n"
          "f.yaml:23:1: error: duplicate key \"1\" (first at line 22, column 1); the first value is kept\n");
    REQUIRE(p.doc);
    CHECK(value(p, "k3").text == "3");
    CHECK(p.doc->root->entries().size() == 21);
}
