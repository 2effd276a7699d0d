// Reading inputs from the disk: the size limit, folders, missing and unreadable files, and
// endless devices, each refused with a reason rather than read without bound.
#include <doctest/doctest.h>

#include "scratch_dir.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "file_source.h"

using namespace plankit;
namespace fs = std::filesystem;

namespace {

using testing::ScratchDir;

// The error DiskFiles gives for a file it may not read, run as an unprivileged user when
// this process is root (root reads files whatever their permissions); nullopt when the
// user cannot be changed.
std::optional<std::string> read_error_without_permission(const std::string& path) {
    if (::geteuid() != 0) return DiskFiles{}.read(path, 1 << 20).error;
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(pipe_fds[0]);
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
        std::string error = DiskFiles{}.read(path, 1 << 20).error;
        ssize_t written = ::write(pipe_fds[1], error.data(), error.size());
        ::_exit(written == static_cast<ssize_t>(error.size()) ? 0 : 4);
    }
    ::close(pipe_fds[1]);
    std::string error;
    char buf[256];
    for (ssize_t n; (n = ::read(pipe_fds[0], buf, sizeof buf)) > 0;) error.append(buf, static_cast<std::size_t>(n));
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
    return error;
}

}  // namespace

TEST_CASE("a file over the size limit is refused, naming the limit") {
    ScratchDir dir;
    std::ofstream(dir / "big.yaml") << std::string(2000, 'x');
    FileRead over = DiskFiles{}.read(dir / "big.yaml", 1000);
    CHECK_FALSE(over.bytes.has_value());
    CHECK(over.error == "larger than the input limit of 1000 bytes");
    // 2 MiB against the default 1 MiB step of --max-input-mib.
    std::ofstream(dir / "huge.yaml") << std::string(2 << 20, 'x');
    CHECK(DiskFiles{}.read(dir / "huge.yaml", 1 << 20).error == "larger than the input limit of 1 MiB");
    FileRead under = DiskFiles{}.read(dir / "big.yaml", 2000);
    REQUIRE(under.bytes.has_value());
    CHECK(under.bytes->size() == 2000);
}

TEST_CASE("a device without a size stops at the limit instead of reading forever") {
    FileRead endless = DiskFiles{}.read("/dev/zero", 4096);
    CHECK_FALSE(endless.bytes.has_value());
    CHECK(endless.error == "larger than the input limit of 4096 bytes");
}

TEST_CASE("folders and missing files are refused with the reason") {
    ScratchDir dir;
    CHECK(DiskFiles{}.read(dir.path.string(), 1000).error == "is a directory");
    CHECK(DiskFiles{}.read(dir / "none.yaml", 1000).error == "no such file");
}

TEST_CASE("a file without read permission is refused with the system's reason") {
    ScratchDir dir;
    std::ofstream(dir / "secret.yaml") << "plankit: 1\n";
    ::chmod((dir / "secret.yaml").c_str(), 0);
    ::chmod(dir.path.c_str(), 0755);  // the folder itself may be entered by anyone
    auto error = read_error_without_permission(dir / "secret.yaml");
    if (!error) {
        MESSAGE("skipped: cannot switch to an unprivileged user here");
        return;
    }
    CHECK(*error == "Permission denied");
}
