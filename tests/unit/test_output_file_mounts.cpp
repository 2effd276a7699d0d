// Writing outputs onto a full disk and into a read-only folder: each test mounts a small
// tmpfs of its own, so it runs only where mounting is permitted (as root, outside most
// containers) and says it was skipped elsewhere.
#include <doctest/doctest.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/mount.h>
#include <unistd.h>

#include "output_file.h"
#include "scratch_dir.h"

using namespace plankit;
namespace fs = std::filesystem;

namespace {

using testing::read_all;

// A 64 KiB tmpfs on a fresh folder, unmounted and removed at the end of the test.
struct SmallDisk {
    fs::path path;
    bool mounted = false;
    std::string why_not;  // why it could not be mounted

    SmallDisk() {
        std::string templ = (fs::temp_directory_path() / "plankit-mount-XXXXXX").string();
        REQUIRE(::mkdtemp(templ.data()) != nullptr);
        path = templ;
        if (::mount("tmpfs", path.c_str(), "tmpfs", 0, "size=64k,mode=0755") == 0)
            mounted = true;
        else
            why_not = std::strerror(errno);
    }
    ~SmallDisk() {
        if (mounted) ::umount2(path.c_str(), MNT_DETACH);
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    bool make_read_only() {
        return ::mount("tmpfs", path.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=64k") == 0;
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(path)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

}  // namespace

TEST_CASE("a full disk leaves the old file and no temporary") {
    SmallDisk disk;
    if (!disk.mounted) {
        MESSAGE("skipped: cannot mount a tmpfs here (" << disk.why_not << ")");
        return;
    }
    const std::string out = disk / "scores.csv";
    std::ofstream(out, std::ios::binary) << "old\n";
    // 256 KiB cannot fit on a 64 KiB disk.
    auto error = write_file_atomically(out, std::string(256 * 1024, 'x'));
    REQUIRE(error.has_value());
    CHECK(error->find("scores.csv") != std::string::npos);
    CHECK(error->find(std::strerror(ENOSPC)) != std::string::npos);
    CHECK(read_all(out) == "old\n");
    CHECK(disk.entries() == std::vector<std::string>{"scores.csv"});
}

TEST_CASE("a full disk in the middle of a report renames nothing") {
    SmallDisk disk;
    if (!disk.mounted) {
        MESSAGE("skipped: cannot mount a tmpfs here (" << disk.why_not << ")");
        return;
    }
    const std::string a = disk / "report.md", b = disk / "tasks.csv";
    std::ofstream(a, std::ios::binary) << "old report\n";
    std::ofstream(b, std::ios::binary) << "old tasks\n";
    // The first file fits, the second does not: the first must not be renamed either.
    auto error = write_files_atomically({{a, "new report\n"}, {b, std::string(256 * 1024, 'x')}});
    REQUIRE(error.has_value());
    CHECK(read_all(a) == "old report\n");
    CHECK(read_all(b) == "old tasks\n");
    CHECK(disk.entries() == std::vector<std::string>{"report.md", "tasks.csv"});
}

TEST_CASE("a read-only folder is an error and changes nothing") {
    SmallDisk disk;
    if (!disk.mounted) {
        MESSAGE("skipped: cannot mount a tmpfs here (" << disk.why_not << ")");
        return;
    }
    const std::string out = disk / "gaps.md";
    std::ofstream(out, std::ios::binary) << "old\n";
    REQUIRE(disk.make_read_only());
    auto error = write_files_atomically({{out, "new\n"}, {disk / "other.csv", "x\n"}});
    REQUIRE(error.has_value());
    CHECK(error->find("gaps.md") != std::string::npos);
    CHECK(error->find(std::strerror(EROFS)) != std::string::npos);
    CHECK(read_all(out) == "old\n");
    CHECK(disk.entries() == std::vector<std::string>{"gaps.md"});
}
