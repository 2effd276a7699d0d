// Hostile text in every writer's helpers: nothing a plan's title holds may run as a
// spreadsheet formula, end a Markdown row, break a JSON string, or reach a terminal or
// viewer as a raw control, escape sequence or bidi override.
#include <doctest/doctest.h>

#include <string>

#include "csv_writer.h"
#include "display_text.h"
#include "json_writer.h"
#include "markdown.h"

using namespace plankit;

namespace {

// ESC [ 3 1 m (red), U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE,
// U+0085 NEXT LINE, U+2028 LINE SEPARATOR, as UTF-8.
const std::string kRed = "\x1b[31m";
const std::string kRlo = "\xe2\x80\xae";
const std::string kLri = "\xe2\x81\xa6";
const std::string kNel = "\xc2\x85";
const std::string kLs = "\xe2\x80\xa8";

}  // namespace

TEST_CASE("escape_controls keeps only the characters asked for") {
    CHECK(escape_controls("a\tb\nc", "\t") == "a\tb\\nc");
    CHECK(escape_controls("a" + kRed + "b", "") == "a\\x1b[31mb");
    CHECK(escape_controls(kRlo + kLri + kNel + kLs, "\n") == "\\u202e\\u2066\\u0085\\u2028");
    CHECK(escape_controls(std::string("a\0b", 3), "") == "a\\x00b");
    // Chinese text and ordinary punctuation pass as they are.
    CHECK(escape_controls("科协 | \"=x\"", "") == "科协 | \"=x\"");
}

TEST_CASE("CSV cells: controls escaped, line breaks and tabs kept as data, formulas defused") {
    CHECK(csv_cell("a" + kRed + "b") == "a\\x1b[31mb");
    CHECK(csv_cell("x" + kRlo + "y") == "x\\u202ey");
    CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
    CHECK(csv_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
    CHECK(csv_cell("+1+2") == "'+1+2");
    CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_cell("\tx") == "'\tx");
    CHECK(csv_cell("-12.5") == "-12.5");  // a plain number stays a number
    // An escape at the start cannot start a formula: the cell begins with a backslash.
    CHECK(csv_cell(kRed + "=x") == "\\x1b[31m=x");
    CHECK(csv_cell("say \"hi\", then") == "\"say \"\"hi\"\", then\"");
}

TEST_CASE("Markdown cells and lines: pipes, line breaks and controls") {
    CHECK(markdown_cell("a|b\nc\r\nd") == "a\\|b<br>c<br>d");
    CHECK(markdown_cell("t" + kRed + kRlo) == "t\\x1b[31m\\u202e");
    CHECK(markdown_cell(std::string("nul\0", 4)) == "nul\\x00");
    CHECK(markdown_line("title\nsecond" + kLs) == "title second\\u2028");
    CHECK(markdown_heading(1, "Plan " + kRed + "x") == "# Plan \\x1b[31mx\n\n");
}

TEST_CASE("JSON strings: every control and invisible format character as \\u") {
    CHECK(json_quote("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"");
    CHECK(json_quote(kRed) == "\"\\u001b[31m\"");
    CHECK(json_quote(std::string("\0", 1)) == "\"\\u0000\"");
    CHECK(json_quote(kRlo + kLri + kNel + kLs) == "\"\\u202e\\u2066\\u0085\\u2028\"");
    CHECK(json_quote("科协") == "\"科协\"");
}
