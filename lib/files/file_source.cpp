#include "file_source.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace plankit {
namespace {

namespace fs = std::filesystem;

std::string too_large(std::uint64_t max_bytes) {
    if (max_bytes % (1u << 20) != 0) return "larger than the input limit of " + std::to_string(max_bytes) + " bytes";
    return "larger than the input limit of " + std::to_string(max_bytes >> 20) + " MiB";
}

}  // namespace

FileRead DiskFiles::read(const std::string& path, std::uint64_t max_bytes) const {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return {std::nullopt, "no such file"};
    if (fs::is_directory(status)) return {std::nullopt, "is a directory"};
    auto size = fs::file_size(path, ec);
    if (!ec && size > max_bytes) return {std::nullopt, too_large(max_bytes)};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, std::strerror(errno)};
    std::string bytes;
    // Read in blocks and stop at the limit, for files whose size the system cannot tell.
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        bytes.append(buf, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) return {std::nullopt, too_large(max_bytes)};
    }
    if (in.bad()) return {std::nullopt, "read error"};
    return {std::move(bytes), {}};
}

bool DiskFiles::is_directory(const std::string& path) const {
    std::error_code ec;
    return fs::is_directory(path, ec);
}

bool DiskFiles::exists(const std::string& path) const {
    std::error_code ec;
    return fs::exists(path, ec);
}

std::vector<std::string> DiskFiles::list(const std::string& dir) const {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec)) names.push_back(it->path().filename().string());
    }
    return names;
}

FileRead MemoryFiles::read(const std::string& path, std::uint64_t max_bytes) const {
    auto it = files_.find(path);
    if (it == files_.end()) return {std::nullopt, is_directory(path) ? "is a directory" : "no such file"};
    if (it->second.size() > max_bytes) return {std::nullopt, too_large(max_bytes)};
    return {it->second, {}};
}

bool MemoryFiles::is_directory(const std::string& path) const {
    // A folder exists in memory when some file lies under it.
    std::string prefix = path;
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    auto it = files_.lower_bound(prefix);
    return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool MemoryFiles::exists(const std::string& path) const {
    return files_.count(path) != 0 || is_directory(path);
}

std::vector<std::string> MemoryFiles::list(const std::string& dir) const {
    std::string prefix = dir;
    if (prefix.empty() || prefix.back() != '/') prefix += '/';
    std::vector<std::string> names;
    for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
        if (it->first.compare(0, prefix.size(), prefix) != 0) break;
        std::string rest = it->first.substr(prefix.size());
        if (rest.find('/') == std::string::npos) names.push_back(rest);
    }
    return names;
}

}  // namespace plankit
