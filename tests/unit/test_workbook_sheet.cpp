#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "workbook_fixture.h"
#include "workbook_sheet.h"

using namespace plankit;
using namespace plankit::testing;

namespace {

struct Read {
    std::vector<SheetRow> rows;
    std::optional<SheetError> error;
};

Read read(const std::string& bytes, ZipLimits limits = {}) {
    Read r;
    r.error = read_first_sheet(bytes, limits, [&](const SheetRow& row) { r.rows.push_back(row); });
    return r;
}

std::vector<std::string> texts(const SheetRow& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells) out.push_back(c.text);
    return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("cells as Excel stores them: shared and inline strings, numbers, booleans, cached formulas") {
    std::string rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>" + inline_cell("C1", "三校联动") + "</row>"
        "<row r=\"3\">" + number_cell("A3", "2025") + "<c r=\"B3\" t=\"b\"><v>1</v></c>"
        "<c r=\"D3\"><f>SUM(A3:A3)</f><v>2025</v></c><c r=\"E3\" t=\"str\"><f>\"x\"&amp;\"y\"</f><v>xy</v></c></row>";
    // A rich-text shared string (two runs) with a phonetic guide that is not its text.
    std::string shared = "<si><t>year</t></si><si><r><t>ki</t></r><r><t>nd</t></r><rPh><t>ignored</t></rPh></si>";
    auto r = read(make_workbook(rows, shared));
    REQUIRE_FALSE(r.error);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].row == 1);
    CHECK(texts(r.rows[0]) == Texts{"year", "kind", "三校联动"});
    CHECK(r.rows[1].row == 3);
    // C3 has no cell: an empty one stands in its place.
    CHECK(texts(r.rows[1]) == Texts{"2025", "TRUE", "", "2025", "xy"});
    CHECK(r.rows[1].cells[0].number);
    CHECK_FALSE(r.rows[1].cells[1].number);
    CHECK(r.rows[1].cells[3].number);
}

TEST_CASE("cells and rows without references follow the ones before them") {
    auto r = read(make_workbook("<row><c><v>1</v></c><c><v>2</v></c></row><row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"));
    REQUIRE_FALSE(r.error);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].row == 1);
    CHECK(texts(r.rows[0]) == Texts{"1", "2"});
    CHECK(r.rows[1].row == 2);
    CHECK(texts(r.rows[1]) == Texts{"", "", "3", "4"});
}

TEST_CASE("a formula without a stored value is an error at its cell") {
    auto r = read(make_workbook("<row r=\"4\"><c r=\"F4\"><f>A1*2</f></c></row>"));
    REQUIRE(r.error);
    CHECK(r.error->row == 4);
    CHECK(r.error->col == 6);
    CHECK(r.error->message.find("F4 holds a formula without a stored value") != std::string::npos);
}

TEST_CASE("an error value in a cell is an error at its cell") {
    auto r = read(make_workbook("<row r=\"2\"><c r=\"B2\" t=\"e\"><v>#DIV/0!</v></c></row>"));
    REQUIRE(r.error);
    CHECK(r.error->row == 2);
    CHECK(r.error->col == 2);
    CHECK(r.error->message == "cell B2 holds the error #DIV/0!");
}

TEST_CASE("a shared-string index beyond the list is an error at the cell, not a read past it") {
    auto r = read(make_workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>4294967295</v></c></row>", "<si><t>a</t></si>"));
    REQUIRE(r.error);
    CHECK(r.error->row == 1);
    CHECK(r.error->col == 1);
    CHECK(r.error->message == "cell A1 names shared string 4294967295, but the workbook holds 1");
}

TEST_CASE("a cell reference beyond Excel's columns is refused") {
    auto r = read(make_workbook("<row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row>"));
    REQUIRE(r.error);
    CHECK(r.error->message.find("no cell reference") != std::string::npos);
}

TEST_CASE("not a zip, and zips that are not workbooks") {
    auto text = read("year,kind,id\n2025,task,1\n");
    REQUIRE(text.error);
    CHECK(text.error->row == 0);
    CHECK(text.error->message.find("not a workbook: not a zip archive") == 0);
    auto other = read(make_zip({{"word/document.xml", "<w/>"}}));
    REQUIRE(other.error);
    CHECK(other.error->message.find("it has no xl/workbook.xml") != std::string::npos);
    auto no_rels = read(make_zip({{"xl/workbook.xml", kWorkbookXml}}));
    REQUIRE(no_rels.error);
    CHECK(no_rels.error->message.find("no xl/_rels/workbook.xml.rels") != std::string::npos);
    auto no_sheet = read(make_zip({{"xl/workbook.xml", kWorkbookXml}, {"xl/_rels/workbook.xml.rels", kRelsXml}}));
    REQUIRE(no_sheet.error);
    CHECK(no_sheet.error->message == "the workbook has no part xl/worksheets/sheet1.xml, its first sheet");
}

TEST_CASE("malformed XML is an error naming the part and its line") {
    auto r = read(make_zip({{"xl/workbook.xml", kWorkbookXml},
                            {"xl/_rels/workbook.xml.rels", kRelsXml},
                            {"xl/worksheets/sheet1.xml", "<worksheet>\n<sheetData><row></sheetData>"}}));
    REQUIRE(r.error);
    CHECK(r.error->message.find("xl/worksheets/sheet1.xml is not well-formed XML (line 2") == 0);
}

TEST_CASE("deep XML and a DTD (entity expansion) are refused") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<a>";
    auto r = read(make_workbook("<row r=\"1\"><c r=\"A1\"><v>" + deep + "</v></c></row>"));
    REQUIRE(r.error);
    CHECK(r.error->message.find("elements nested more than 64 deep") != std::string::npos);
    std::string laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
        "<sst><si><t>&b;</t></si></sst>";
    auto bomb = read(make_zip({{"xl/workbook.xml", kWorkbookXml},
                               {"xl/_rels/workbook.xml.rels", kRelsXml},
                               {"xl/worksheets/sheet1.xml", sheet_xml("")},
                               {"xl/sharedStrings.xml", laughs}}));
    REQUIRE(bomb.error);
    CHECK(bomb.error->message.find("a document type declaration") != std::string::npos);
}

TEST_CASE("a zip bomb is refused from its declared sizes, before anything inflates, in well under a second") {
    // 64 MiB of one byte deflates about 1000 to 1: the ratio gives it away.
    std::string zeros(64u << 20, '0');
    std::string bomb = make_zip({{"xl/workbook.xml", kWorkbookXml},
                                 {"xl/_rels/workbook.xml.rels", kRelsXml},
                                 {"xl/worksheets/sheet1.xml", zeros}});
    zeros.clear();
    auto start = std::chrono::steady_clock::now();
    auto r = read(bomb);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(r.error);
    CHECK(r.error->message.find("inflates") != std::string::npos);
    CHECK(r.error->message.find("refused before inflating") != std::string::npos);
    CHECK(seconds < 0.5);
    // An entry over the size limit is refused whatever its ratio.
    ZipLimits small;
    small.max_entry_bytes = 1000;
    auto big = read(make_workbook("<row r=\"1\">" + std::string(2000, ' ') + "</row>"), small);
    REQUIRE(big.error);
    CHECK(big.error->message.find("more than the 1000 bytes allowed") != std::string::npos);
    // And an archive of too many parts.
    ZipLimits few;
    few.max_entries = 3;
    auto many = read(make_workbook(""), few);
    REQUIRE(many.error);
    CHECK(many.error->message == "the workbook holds 4 parts, more than the 3 allowed");
}
