#include "output_file.h"

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace plankit {
namespace {

namespace fs = std::filesystem;

// Up to this many files, each is flushed on its own (a report's folder); more (a folder
// of forms) are flushed together.
constexpr std::size_t kFlushEachUpTo = 16;

// A complete temporary file waiting to be renamed over its target.
struct Pending {
    std::string temp;
    std::string target;
};

std::string failure(const std::string& path, int err) {
    return "cannot write " + path + ": " + std::strerror(err);
}

// The folder a path lives in ("." for a bare name), where its temporary must be made so
// that the final rename stays within one file system.
std::string folder_of(const std::string& path) {
    std::string dir = fs::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}

// Writes all of `content`, retrying short writes and interruptions; 0 or an errno.
int write_all(int fd, std::string_view content) {
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

// Creates `.NAME.XXXXXX` beside `path` holding `content`, flushed to disk with mode 0644.
// Returns the temporary's name, or an error message (nothing left behind).
std::optional<std::string> write_temp(const std::string& path, std::string_view content,
                                      std::string& temp, bool flush) {
    fs::path target(path);
    std::string name = target.filename().string();
    if (name.empty() || name == "." || name == "..") return failure(path, EISDIR);
    temp = (fs::path(folder_of(path)) / ("." + name + ".XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        int err = errno;
        temp.clear();
        return failure(path, err);
    }
    int err = write_all(fd, content);
    if (err == 0 && flush && ::fsync(fd) != 0) err = errno;
    // mkstemp makes the file private (0600); outputs are ordinary files others may read.
    if (err == 0 && ::fchmod(fd, 0644) != 0) err = errno;
    if (::close(fd) != 0 && err == 0) err = errno;
    if (err != 0) {
        ::unlink(temp.c_str());
        temp.clear();
        return failure(path, err);
    }
    return std::nullopt;
}

// Flushes a folder's entries so that a completed rename survives a crash; a folder that
// cannot be opened or flushed (some file systems) does not make the write fail.
void sync_folder(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Flushes the whole file system a folder is on, every temporary at once: thousands of
// forms would otherwise wait on the disk once each. 0 or an errno.
int sync_file_system(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return errno;
    int err = ::syncfs(fd) == 0 ? 0 : errno;
    ::close(fd);
    return err;
}

// The folders of the targets, each once.
std::vector<std::string> folders_of(const std::vector<Pending>& pending) {
    std::vector<std::string> folders;
    for (const auto& p : pending)
        if (std::find(folders.begin(), folders.end(), folder_of(p.target)) == folders.end())
            folders.push_back(folder_of(p.target));
    return folders;
}

void remove_temps(const std::vector<Pending>& pending, std::size_t from) {
    for (std::size_t i = from; i < pending.size(); ++i) ::unlink(pending[i].temp.c_str());
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
    return write_files_atomically({{path, std::string(content)}});
}

std::optional<std::string> write_files_atomically(
    const std::vector<std::pair<std::string, std::string>>& files) {
    // A few files are flushed one by one; many, with one flush of their file system.
    const bool each = files.size() <= kFlushEachUpTo;
    std::vector<Pending> pending;
    for (const auto& [path, content] : files) {
        std::string temp;
        if (auto error = write_temp(path, content, temp, each)) {
            remove_temps(pending, 0);
            return error;
        }
        pending.push_back({temp, path});
    }
    if (!each) {
        for (const auto& folder : folders_of(pending)) {
            if (int err = sync_file_system(folder)) {
                remove_temps(pending, 0);
                return failure(folder, err);
            }
        }
    }
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (::rename(pending[i].temp.c_str(), pending[i].target.c_str()) != 0) {
            int err = errno;
            // Files renamed so far stay (they are complete); the rest are dropped.
            remove_temps(pending, i);
            return failure(pending[i].target, err);
        }
    }
    // Each folder once: a report puts eight files in one, and each flush waits on the disk.
    for (const auto& folder : folders_of(pending)) sync_folder(folder);
    return std::nullopt;
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    // A path that does not exist yet is compared by its normal absolute form.
    auto normal = [](const std::string& p) {
        std::error_code ec;
        fs::path abs = fs::absolute(p, ec);
        if (ec) abs = p;
        fs::path canon = fs::weakly_canonical(abs, ec);
        return (ec ? abs : canon).lexically_normal();
    };
    return normal(a) == normal(b);
}

}  // namespace plankit
