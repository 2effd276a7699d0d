#include <doctest/doctest.h>

#include "csv_writer.h"

using namespace plankit;

TEST_CASE("plain numbers are recognised") {
    for (const char* s : {"12", "-1.5", "+3", "1e3", "-1e-3", ".5", "5.", "0"}) CHECK(is_plain_number(s));
    for (const char* s : {"", "-", "+", ".", "1e", "e3", "1,5", "nan", "inf", "1+1", "--1", " 1"})
        CHECK_FALSE(is_plain_number(s));
}

TEST_CASE("cells are quoted only when needed, quotes doubled") {
    CHECK(csv_cell("plain") == "plain");
    CHECK(csv_cell("") == "");
    CHECK(csv_cell("中文") == "中文");
    CHECK(csv_cell("a,b") == "\"a,b\"");
    CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_cell("line1\r\nline2") == "\"line1\r\nline2\"");
    CHECK(csv_cell("line1\nline2") == "\"line1\nline2\"");
}

TEST_CASE("cells that would start a formula get a leading quote") {
    CHECK(csv_cell("=SUM(A1:A2)") == "'=SUM(A1:A2)");
    CHECK(csv_cell("+1+1") == "'+1+1");
    CHECK(csv_cell("-x") == "'-x");
    CHECK(csv_cell("-") == "'-");
    CHECK(csv_cell("@cmd") == "'@cmd");
    CHECK(csv_cell("\tx") == "'\tx");
    CHECK(csv_cell("\rx") == "\"'\rx\"");       // prefixed, then quoted for the CR
    CHECK(csv_cell("=a,b") == "\"'=a,b\"");     // prefixed, then quoted for the comma
    CHECK(csv_cell("a=b") == "a=b");            // only a leading sign counts
}

TEST_CASE("plain numbers keep their sign") {
    CHECK(csv_cell("-1.5") == "-1.5");
    CHECK(csv_cell("+3") == "+3");
    CHECK(csv_cell("1e3") == "1e3");
    CHECK(csv_cell("-1e-3") == "-1e-3");
}

TEST_CASE("rows end in CRLF") {
    CHECK(csv_row({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
    CHECK(csv_table({"id", "value"}, {{"x", "1"}, {"y", "-2"}}) == "id,value\r\nx,1\r\ny,-2\r\n");
}
