#include <doctest/doctest.h>

#include <sstream>

#include "text_table.h"

using namespace plankit;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("display_width counts East Asian wide characters as two columns") {
    CHECK(display_width("") == 0);
    CHECK(display_width("abc") == 3);
    CHECK(display_width("中文") == 4);              // two wide characters
    CHECK(display_width("中a") == 3);               // 2 + 1
    CHECK(display_width("\xEF\xBC\xA1") == 2);      // U+FF21 fullwidth A
    CHECK(display_width("…") == 1);                 // ambiguous: one column
    CHECK(display_width("“”") == 2);                // ambiguous quotes: one each
    CHECK(display_width("e\xCC\x81") == 1);         // e + combining acute: 1 + 0
    CHECK(display_width("a\x1b" "b") == 2);         // ESC takes no column
    CHECK(display_width("2023年科普") == 10);       // 4 digits + 3 wide characters
}

TEST_CASE("truncate_to_width cuts whole characters and ends with an ellipsis") {
    CHECK(truncate_to_width("abc", 3) == "abc");      // fits: unchanged
    CHECK(truncate_to_width("abcdef", 4) == "abc…");  // 3 letters + 1-column ellipsis
    // "中文字" is 6 columns; in 4 columns there is room for 3 before the ellipsis, and
    // 中 (2) fits but 中文 (4) does not, so "中…" (3 columns).
    CHECK(truncate_to_width("中文字", 4) == "中…");
    CHECK(display_width(truncate_to_width("中文字", 4)) == 3);
    CHECK(truncate_to_width("中文字", 5) == "中文…");   // room 4: 中文 exactly
    CHECK(truncate_to_width("abc", 0) == "");
    CHECK(truncate_to_width("中文", 1) == "…");
    // The combining mark stays with its base: room 1 keeps "é", then the ellipsis.
    CHECK(truncate_to_width("e\xCC\x81" "e\xCC\x81" "e\xCC\x81", 2) == "e\xCC\x81…");
}

TEST_CASE("padding counts display columns") {
    CHECK(pad_right("中", 4) == "中  ");  // 2 columns + 2 spaces
    CHECK(pad_left("7", 3) == "  7");
    CHECK(pad_right("toolong", 3) == "toolong");
}

TEST_CASE("wrap_to_width breaks at spaces, else between characters") {
    CHECK(wrap_to_width("aaa bbb ccc", 7) == std::vector<std::string>{"aaa bbb", "ccc"});
    CHECK(wrap_to_width("中文中文中", 4) == std::vector<std::string>{"中文", "中文", "中"});
    CHECK(wrap_to_width("abcdefgh", 3) == std::vector<std::string>{"abc", "def", "gh"});
    CHECK(wrap_to_width("one\ntwo", 10) == std::vector<std::string>{"one", "two"});
    CHECK(wrap_to_width("", 5) == std::vector<std::string>{""});
    // A closing bracket may not begin a line: at 4 columns "中文" fills the first line and
    // "）" would start the second, so "文" moves down with it.
    CHECK(wrap_to_width("中文）中", 4) == std::vector<std::string>{"中", "文）", "中"});
    // Unless the line would be left empty: then the bracket starts the line after all.
    CHECK(wrap_to_width("中）", 2) == std::vector<std::string>{"中", "）"});
}

TEST_CASE("a table of Chinese cells lines up") {
    TextTable table({{"任务"}, {"Score", Align::right}});
    table.add_row({"科普", "93.8"});
    table.add_row({"literacy", "100"});
    // Widths: column 1 max(4, 4, 8) = 8, column 2 max(5, 4, 3) = 5; gap 2; lines 15 wide.
    CHECK(table.render() ==
          "任务      Score\n"
          "--------  -----\n"
          "科普       93.8\n"
          "literacy    100\n");
}

TEST_CASE("every rendered line has the same display width") {
    TextTable table({{"编号"}, {"名称", Align::left, 12, Overflow::wrap}, {"牵头单位"}, {"得分", Align::right}});
    table.add_row({"7.2", "建设科普示范基地并开展“科普进社区”活动", "市科协科普部", "93.75"});
    table.add_row({"15", "literacy survey", "", "100"});
    table.add_row({"16", "短", "cast.popsci", ""});
    auto lines = lines_of(table.render());
    REQUIRE(lines.size() > 4);
    for (const auto& line : lines) CHECK(display_width(line) == display_width(lines[0]));
}

TEST_CASE("a width budget narrows the widest text column first") {
    TextTable table({{"Title"}, {"Note"}, {"Value", Align::right}});
    table.add_row({std::string(30, 't'), std::string(10, 'n'), "12.5"});
    // Natural: 30 + 10 + 5 + 2 gaps of 2 = 49; a budget of 40 takes 9 columns from the
    // widest text column (Title, 30 → 21), which stays the widest throughout.
    auto lines = lines_of(table.render({40, false}));
    REQUIRE(lines.size() == 3);
    for (const auto& line : lines) CHECK(display_width(line) == 40);
    CHECK(lines[2] == std::string(20, 't') + "…  " + std::string(10, 'n') + "   12.5");
}

TEST_CASE("wrapped cells take several lines and the others are padded") {
    TextTable table({{"Id"}, {"Text", Align::left, 4, Overflow::wrap}});
    table.add_row({"1", "中文中文中"});
    CHECK(table.render() ==
          "Id  Text\n"
          "--  ----\n"
          "1   中文\n"
          "    中文\n"
          "    中  \n");
}

TEST_CASE("control characters in cells are escaped, colour only when asked") {
    TextTable table({{"A"}});
    table.add_row(std::vector<TextCell>{{"a\x1b[2Jb", Style::red}});
    std::string plain = table.render();
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(plain.find("a\\x1b[2Jb") != std::string::npos);
    std::string colored = table.render({0, true});
    CHECK(colored.find("\x1b[1mA") != std::string::npos);        // bold header
    CHECK(colored.find("\x1b[31ma\\x1b[2Jb\x1b[0m") != std::string::npos);
}

TEST_CASE("line breaks in a truncated column become spaces") {
    TextTable table({{"A"}});
    table.add_row({"x\ny"});
    CHECK(table.render() == "A  \n---\nx y\n");
}

TEST_CASE("a row made with row_of renders as the same braced row") {
    // row_of only spares a copy: cells, styles and the rendering are those of add_row({...}).
    const std::string id = "7.2";
    std::string title = "科普 title";
    TextTable braced({{"ID"}, {"Title"}, {"Score", Align::right}});
    braced.add_row({id, title, TextCell("80", Style::green)});
    TextTable made({{"ID"}, {"Title"}, {"Score", Align::right}});
    made.add_row(row_of(id, std::move(title), TextCell("80", Style::green)));
    CHECK(made.row_count() == 1);
    CHECK(made.render({0, true}) == braced.render({0, true}));
    CHECK(made.render() == braced.render());
}
