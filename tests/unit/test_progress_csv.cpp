#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "progress_csv.h"

using namespace plankit;

namespace {

// A record copied out of the reader, whose views die at its next call.
struct Record {
    std::vector<std::string> fields;
    int line = 0;
};

std::vector<Record> read_all(std::string_view text, std::optional<CsvError>* error = nullptr) {
    CsvReader reader(text);
    CsvRow row;
    std::vector<Record> out;
    while (reader.next(row)) out.push_back({{row.fields.begin(), row.fields.end()}, row.line});
    if (error) *error = reader.error();
    return out;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST_CASE("plain records, LF and CRLF, with or without a final line end") {
    for (std::string text : {"a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\n1,2"}) {
        std::optional<CsvError> error;
        auto rows = read_all(text, &error);
        CHECK_FALSE(error);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].fields == Fields{"a", "b"});
        CHECK(rows[1].fields == Fields{"1", "2"});
        CHECK(rows[1].line == 2);
    }
}

TEST_CASE("a byte-order mark is skipped and not counted as a column") {
    std::optional<CsvError> error;
    auto rows = read_all("\xEF\xBB\xBFyear,id\n", &error);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields == Fields{"year", "id"});
    // The invalid byte after "é," is the third code point of line 1: column 3.
    read_all("\xEF\xBB\xBF\xC3\xA9,\xFF", &error);
    REQUIRE(error);
    CHECK(error->line == 1);
    CHECK(error->col == 3);
}

TEST_CASE("quoted fields hold commas, doubled quotes and line breaks") {
    std::optional<CsvError> error;
    auto rows = read_all("note,id\r\n\"a, b\r\nand \"\"c\"\"\",7\r\n\"\",8\r\nlast,9\r\n", &error);
    CHECK_FALSE(error);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].fields == Fields{"a, b\r\nand \"c\"", "7"});
    CHECK(rows[1].line == 2);
    CHECK(rows[2].fields == Fields{"", "8"});
    CHECK(rows[2].line == 4);  // the quoted field of line 2 ran on to line 3
    CHECK(rows[3].line == 5);
}

TEST_CASE("several doubled-quote fields in one record keep their own text") {
    auto rows = read_all("\"x\"\"1\",\"y\"\"2\"\"\",plain,\"\"\"\"\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields == Fields{"x\"1", "y\"2\"", "plain", "\""});
}

TEST_CASE("empty fields and empty lines are records too") {
    auto rows = read_all("a,,\n\n,\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].fields == Fields{"a", "", ""});
    CHECK(rows[1].fields == Fields{""});
    CHECK(rows[1].line == 2);
    CHECK(rows[2].fields == Fields{"", ""});
    CHECK(read_all("").empty());
    CHECK(read_all("\xEF\xBB\xBF").empty());
}

TEST_CASE("blanks around a quoted field are allowed and not kept") {
    auto rows = read_all("  \"a,b\"  ,c\n");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields == Fields{"a,b", "c"});
}

TEST_CASE("an unclosed quote is reported where it opens") {
    std::optional<CsvError> error;
    auto rows = read_all("a,b\n1,\"open\n2,3\n", &error);
    REQUIRE(error);
    CHECK(error->line == 2);
    CHECK(error->col == 3);  // `1,` then the quote
    CHECK(error->message.find("unbalanced quote") != std::string::npos);
    CHECK(rows.size() == 1);  // the header; nothing after the error
}

TEST_CASE("quotes out of place are errors") {
    std::optional<CsvError> error;
    read_all("a,b\"c\n", &error);
    REQUIRE(error);
    CHECK(error->line == 1);
    CHECK(error->col == 4);
    read_all("a\n\"b\"c\n", &error);
    REQUIRE(error);
    CHECK(error->line == 2);
    CHECK(error->col == 4);  // the `c` after the closing quote
}

TEST_CASE("bytes that are not UTF-8 are located by line and code-point column") {
    std::optional<CsvError> error;
    // "数据" in GBK is B0 EA BE DD: B0 EA is no UTF-8 sequence. Line 2, after "é,".
    read_all("year,note\n\xC3\xA9,\xB0\xEA\xBE\xDD\n", &error);
    REQUIRE(error);
    CHECK(error->line == 2);
    CHECK(error->col == 3);
    CHECK(error->message.find("not UTF-8") != std::string::npos);
    CHECK(error->message.find("CSV UTF-8") != std::string::npos);
    // Inside a quoted field, after a line break in it.
    read_all("a\n\"x\ny\xC0\xAF\"\n", &error);  // C0 AF is an overlong '/'
    REQUIRE(error);
    CHECK(error->line == 3);
    CHECK(error->col == 2);
    read_all("a\n\xED\xA0\x80\n", &error);  // a UTF-16 surrogate
    REQUIRE(error);
    CHECK(error->col == 1);
    read_all("a,\xE4\xB8\n", &error);  // a character cut short
    REQUIRE(error);
    CHECK(error->col == 3);
}

TEST_CASE("a NUL byte means the file is not UTF-8 text") {
    std::optional<CsvError> error;
    read_all(std::string("a\0b\n", 4), &error);
    REQUIRE(error);
    CHECK(error->col == 2);
}

TEST_CASE("valid UTF-8 of every length passes") {
    std::optional<CsvError> error;
    auto rows = read_all("\xC3\xA9,\xE4\xB8\x89,\xF0\x9F\x98\x80,\"\xE6\xA0\xA1\"\n", &error);
    CHECK_FALSE(error);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].fields == Fields{"é", "三", "😀", "校"});
}

TEST_CASE("a lone CR ends a line like LF") {
    auto rows = read_all("a,b\r1,2\r");
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].fields == Fields{"1", "2"});
    CHECK(rows[1].line == 2);
}
