#include <doctest/doctest.h>

#include "scratch_dir.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "output_file.h"

using namespace plankit;
namespace fs = std::filesystem;

namespace {

using testing::ScratchDir;
using testing::read_all;

void write_plain(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

}  // namespace

TEST_CASE("a file is written with ordinary permissions and nothing else is left") {
    ScratchDir dir;
    const std::string out = dir / "report.md";
    CHECK_FALSE(write_file_atomically(out, "# 报告\n").has_value());
    CHECK(read_all(out) == "# 报告\n");
    struct stat st {};
    REQUIRE(::stat(out.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);
    CHECK(dir.entries() == std::vector<std::string>{"report.md"});
}

TEST_CASE("an existing file is replaced whole") {
    ScratchDir dir;
    const std::string out = dir / "scores.csv";
    write_plain(out, "old content that is longer than the new one\n");
    CHECK_FALSE(write_file_atomically(out, "new\n").has_value());
    CHECK(read_all(out) == "new\n");
    CHECK(dir.entries() == std::vector<std::string>{"scores.csv"});
}

TEST_CASE("writing into a missing folder fails with the path and the reason") {
    ScratchDir dir;
    const std::string out = dir / "missing/out.txt";
    auto error = write_file_atomically(out, "x");
    REQUIRE(error.has_value());
    CHECK(error->find(out) != std::string::npos);
    CHECK(error->find("No such file or directory") != std::string::npos);
    CHECK(dir.entries().empty());
}

TEST_CASE("writing under something that is not a folder fails") {
    // Tests may run as root, for whom read-only permissions do not stop a write.
    auto error = write_file_atomically("/dev/null/x", "x");
    REQUIRE(error.has_value());
    CHECK(error->find("/dev/null/x") != std::string::npos);
    CHECK(error->find("Not a directory") != std::string::npos);
}

TEST_CASE("a failed rename leaves no temporary behind") {
    ScratchDir dir;
    fs::create_directories(dir.path / "taken" / "inside");  // a non-empty folder as target
    auto error = write_file_atomically(dir / "taken", "x");
    REQUIRE(error.has_value());
    CHECK(error->find("taken") != std::string::npos);
    CHECK(dir.entries() == std::vector<std::string>{"taken"});
}

TEST_CASE("several files: all or none") {
    ScratchDir dir;
    const std::string a = dir / "a.csv", b = dir / "b.csv";
    write_plain(a, "old a\n");
    SUBCASE("all are written") {
        CHECK_FALSE(write_files_atomically({{a, "new a\n"}, {b, "new b\n"}}).has_value());
        CHECK(read_all(a) == "new a\n");
        CHECK(read_all(b) == "new b\n");
        CHECK(dir.entries() == std::vector<std::string>{"a.csv", "b.csv"});
    }
    SUBCASE("one failure leaves the old file untouched and no temporaries") {
        auto error = write_files_atomically({{a, "new a\n"}, {"/dev/null/x", "x"}});
        REQUIRE(error.has_value());
        CHECK(read_all(a) == "old a\n");
        CHECK(dir.entries() == std::vector<std::string>{"a.csv"});
    }
}

TEST_CASE("same_file sees through ./, .. and symlinks") {
    ScratchDir dir;
    fs::create_directory(dir.path / "sub");
    write_plain(dir / "plan.yaml", "x");
    write_plain(dir / "other.yaml", "y");
    fs::create_symlink(dir.path / "plan.yaml", dir.path / "link.yaml");
    CHECK(same_file(dir / "plan.yaml", dir / "./plan.yaml"));
    CHECK(same_file(dir / "plan.yaml", dir / "sub/../plan.yaml"));
    CHECK(same_file(dir / "link.yaml", dir / "plan.yaml"));
    CHECK_FALSE(same_file(dir / "plan.yaml", dir / "other.yaml"));
    // Paths that do not exist yet compare by their normal absolute form.
    CHECK(same_file(dir / "new.csv", dir / "sub/../new.csv"));
    CHECK_FALSE(same_file(dir / "new.csv", dir / "plan.yaml"));
    CHECK_FALSE(same_file(dir / "new.csv", dir / "new2.csv"));
}

TEST_CASE("a folder of many files (flushed together): all or none, as a few") {
    ScratchDir dir;
    std::vector<std::pair<std::string, std::string>> files;
    std::vector<std::string> names;
    for (int i = 0; i < 40; ++i) {
        names.push_back("form-" + std::to_string(100 + i) + ".csv");
        files.emplace_back(dir / names.back(), "row " + std::to_string(i) + "\n");
    }
    std::sort(names.begin(), names.end());
    SUBCASE("all are written") {
        CHECK_FALSE(write_files_atomically(files).has_value());
        CHECK(read_all(dir / "form-139.csv") == "row 39\n");
        CHECK(dir.entries() == names);
    }
    SUBCASE("the last one failing leaves none") {
        files.emplace_back("/dev/null/x", "x");
        REQUIRE(write_files_atomically(files).has_value());
        CHECK(dir.entries().empty());
    }
}
