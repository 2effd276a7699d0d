// Input errors worded in both languages: every code the sources use has en and zh words
// with the same values, and a message reads in the language it is printed in.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "diagnostics.h"
#include "error_text.h"
#include "labels.h"
#include "memory_inputs.h"

using namespace plankit;

namespace {

// The `{0}`, `{1}`, … a pattern uses.
std::set<std::string> slots(const std::string& pattern) {
    std::set<std::string> out;
    static const std::regex slot(R"(\{[0-9]\})");
    for (auto it = std::sregex_iterator(pattern.begin(), pattern.end(), slot); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

// Every code written out in the sources: `say("code"` (in lib/analysis, whose explain
// has a `say` of its own, only `error_of("code"`), a kind given to `kind_word("…")`,
// `item_label("…"`, `for_each_mapping(…, "…"` and the like, a tag or number code, and the
// codes a ternary hands to `say`.
std::set<std::string> codes_in_sources() {
    const std::filesystem::path root = PLANKIT_SOURCE_DIR;
    static const std::regex call(R"((?:\bsay|error_of)\(\s*"([a-z_.]+)\")");
    static const std::regex error_call(R"(error_of\(\s*"([a-z_.]+)\")");
    static const std::regex listed_kind(
        R"((?:for_each_mapping|read_points|for_each_record)\([^,;]+,\s*"([a-z ]+)\"|(?:read_list|read_refs)\([^,;]+,\s*"[a-z_]+",\s*"([a-z ]+)\")");
    static const std::regex choice(R"(say\([^;]*\?\s*"([a-z_]+)\"\s*:\s*"([a-z_]+)\")");
    static const std::regex kind(R"((?:kind_word|item_label)\("([a-z ]+)\")");
    static const std::regex literal_code(R"(\"((?:tag|number)_[a-z_]+|the_(?:baseline|milestone))\")");
    std::set<std::string> out;
    for (const std::string dir : {"lib/load", "lib/analysis", "lib/render", "lib/app", "cli"}) {
        for (const auto& entry : std::filesystem::directory_iterator(root / dir)) {
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            const std::string s = text.str();
            auto each = [&](const std::regex& re, auto&& add) {
                for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) add(*it);
            };
            // A code ending in `.` is a prefix completed at run time (`"kind." + kind`).
            each(dir == "lib/analysis" ? error_call : call, [&](const std::smatch& m) {
                if (!m[1].str().ends_with('.')) out.insert(m[1]);
            });
            each(listed_kind, [&](const std::smatch& m) {
                std::string k = m[1].matched ? m[1] : m[2];
                std::replace(k.begin(), k.end(), ' ', '_');
                out.insert("kind." + k);
            });
            if (dir == "lib/analysis") continue;
            each(choice, [&](const std::smatch& m) {
                out.insert(m[1]);
                out.insert(m[2]);
            });
            each(kind, [&](const std::smatch& m) {
                std::string k = m[1];
                std::replace(k.begin(), k.end(), ' ', '_');
                out.insert("kind." + k);
            });
            each(literal_code, [&](const std::smatch& m) { out.insert(m[1]); });
        }
    }
    return out;
}

std::string zh_errors(const std::string& plan_text) {
    MemoryFiles files;
    files.add("plan.yaml", plan_text);
    Diagnostics d;
    load_plan("plan.yaml", files, d);
    return format_errors(d, Lang::zh);
}

}  // namespace

TEST_CASE("every error code the sources use has words in English and in Chinese") {
    const auto codes = codes_in_sources();
    // The scan itself finds the codes (a broken pattern would pass everything).
    CHECK(codes.count("duplicate_id") == 1);
    CHECK(codes.count("tag_unsupported") == 1);
    CHECK(codes.count("kind.rating_band") == 1);
    CHECK(codes.count("second_document") == 1);
    CHECK(codes.size() > 100);
    for (const auto& code : codes) {
        const std::string key = "error." + code;
        CHECK_MESSAGE(has_label(key), key);
    }
}

TEST_CASE("every error pattern has Chinese words with the same values as the English") {
    for (auto key : label_keys()) {
        if (!key.starts_with("error.")) continue;
        const std::string en = label(Lang::en, key), zh = label(Lang::zh, key);
        CHECK_MESSAGE(slots(en) == slots(zh), key);
        // Words that are the same in both languages are only the bare `{0} {1}` shapes.
        if (en == zh) CHECK_MESSAGE(en.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos, key);
    }
}

TEST_CASE("a message is worded when printed: its values go in as written, phrases in the language") {
    Diagnostics d;
    const auto file = std::make_shared<const std::string>("p.yaml");
    d.error({file, 3, 5}, say("expected_for", {say("an_integer"), say("item_of", {"2", "`lead`"}), "x"}));
    CHECK(format_errors(d, Lang::en) == "p.yaml:3:5: error: expected an integer for item 2 of `lead`, found x\n");
    // In Chinese a Latin value is set off from Chinese words by a space, a Chinese phrase
    // (整数) is not, nor is a value beside full-width punctuation.
    CHECK(format_errors(d, Lang::zh) == "p.yaml:3:5: 错误：`lead` 的第 2 项应为整数，实为 x\n");
    // A ready-made sentence (the CSV reader's, for now) reads the same in every language.
    Diagnostics csv;
    csv.error({file, 1, 1}, std::string("no header: ready-made"));
    CHECK(format_errors(csv, Lang::zh) == "p.yaml:1:1: 错误：no header: ready-made\n");
}

TEST_CASE("more errors than the limit are counted in the output language") {
    Diagnostics d;
    for (int i = 1; i <= 3; ++i) d.error({std::make_shared<const std::string>("p.yaml"), i, 1}, say("empty_file"));
    CHECK(format_errors(d, Lang::zh, 1) == "p.yaml:1:1: 错误：空文件：没有 YAML 文档\n另有 2 个错误未列出\n");
    CHECK(format_errors(d, Lang::en, 2) ==
          "p.yaml:1:1: error: empty file: no YAML document\np.yaml:2:1: error: empty file: no YAML document\n"
          "1 more error\n");
}

TEST_CASE("a plan's errors in Chinese: nested phrases, kinds and suggestions") {
    const std::string errors = zh_errors(
        "plankit: 1\n"
        "plan: {id: p, title: P, period: {start: 2021, end: 2025}, locale: zh}\n"
        "units: [{id: u1, name: U}, {id: u1, name: V}]\n"
        "tasks: [{id: '1', title: T, lead: u2, titel: x}]\n");
    // Columns counted by hand: the second unit's `{` at 28, the first's at 9; `u2` at 35,
    // `titel` at 39 of line 4.
    CHECK(errors ==
          "plan.yaml:3:28: 错误：单位编号 \"u1\" 重复（首次定义于 plan.yaml:3:9）\n"
          "plan.yaml:4:35: 错误：`lead` 引用的单位 \"u2\" 未定义；是否应为 \"u1\"？\n"
          "plan.yaml:4:39: 错误：任务 \"1\" 中有未知的键 `titel`；是否应为 `title`？\n");
}
