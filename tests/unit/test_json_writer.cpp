#include <doctest/doctest.h>

#include <limits>

#include "json_writer.h"

using namespace plankit;

TEST_CASE("strings escape quotes, backslashes and control characters") {
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
    CHECK(json_quote(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\\u007f\"");
    CHECK(json_quote(std::string("a\0b", 3)) == "\"a\\u0000b\"");
    CHECK(json_quote("中文") == "\"中文\"");  // non-ASCII stays UTF-8
}

TEST_CASE("numbers are unrounded, whole doubles keep a point") {
    CHECK(json_number(2.0) == "2.0");
    CHECK(json_number(0.1) == "0.1");
    CHECK(json_number(78.4) == "78.4");
    CHECK(json_number(-0.0) == "0.0");
    CHECK(json_number(-3.5) == "-3.5");
    CHECK(json_number(1.0 / 3) == "0.3333333333333333");  // shortest text that reads back
    CHECK(json_number(std::numeric_limits<double>::quiet_NaN()) == "null");
}

TEST_CASE("nested containers are indented by two spaces") {
    JsonWriter w;
    w.begin_object()
        .field("a", 1)
        .key("b").begin_array().value(2.0).value("x").null().end_array()
        .key("c").begin_object().end_object()
        .field("d", std::vector<std::string>{})
        .field("e", std::optional<double>{})
        .field("f", true)
        .end_object();
    CHECK(w.str() ==
          "{\n"
          "  \"a\": 1,\n"
          "  \"b\": [\n"
          "    2.0,\n"
          "    \"x\",\n"
          "    null\n"
          "  ],\n"
          "  \"c\": {},\n"
          "  \"d\": [],\n"
          "  \"e\": null,\n"
          "  \"f\": true\n"
          "}\n");
}
