#include <doctest/doctest.h>

#include "markdown.h"

using namespace plankit;

TEST_CASE("table cells escape pipes and line breaks") {
    CHECK(markdown_cell("a|b") == "a\\|b");
    CHECK(markdown_cell("x\ny") == "x<br>y");
    CHECK(markdown_cell("x\r\ny") == "x<br>y");  // one break, not two
    CHECK(markdown_cell("x\ry") == "x<br>y");
    CHECK(markdown_cell("中文 # - *") == "中文 # - *");
}

TEST_CASE("a table with alignments") {
    std::string expected =
        "| A | B |\n"
        "| --- | ---: |\n"
        "| 1 | 2 |\n"
        "| x\\|y |  |\n";
    CHECK(markdown_table({"A", "B"}, {{"1", "2"}, {"x|y"}}, {Align::left, Align::right}) == expected);
}

TEST_CASE("a table without alignments aligns left") {
    CHECK(markdown_table({"牵头单位"}, {}) == "| 牵头单位 |\n| --- |\n");
}

TEST_CASE("headings") {
    CHECK(markdown_heading(2, "Score") == "## Score\n\n");
    CHECK(markdown_heading(1, "a\nb") == "# a b\n\n");
    CHECK(markdown_heading(9, "x") == "###### x\n\n");
    CHECK(markdown_heading(0, "x") == "# x\n\n");
}

TEST_CASE("plan text shows <, > and & as text, never as HTML") {
    CHECK(markdown_cell("完善…<img src=x onerror=alert(1)>") == "完善…&lt;img src=x onerror=alert(1)&gt;");
    CHECK(markdown_line("…</svg><script>alert(2)</script>") == "…&lt;/svg&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    CHECK(markdown_cell("R&D\nx") == "R&amp;D<br>x");  // the line break is still the one tag
    CHECK(markdown_heading(2, "a<b") == "## a&lt;b\n\n");
}
