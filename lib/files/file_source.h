// How the loaders reach files: through an interface, so that tests and fuzz targets can
// serve inputs from memory instead of the disk.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace plankit {

struct FileRead {
    std::optional<std::string> bytes;  // the content, or nullopt with `error` set
    std::string error;                 // e.g. "no such file", "is a directory"
};

class FileSource {
public:
    virtual ~FileSource() = default;
    // Reads a whole file, refusing one larger than `max_bytes`.
    virtual FileRead read(const std::string& path, std::uint64_t max_bytes) const = 0;
    virtual bool is_directory(const std::string& path) const = 0;
    virtual bool exists(const std::string& path) const = 0;
    // Names (not paths) of the plain files directly inside a folder, unsorted.
    virtual std::vector<std::string> list(const std::string& dir) const = 0;
};

// The real file system.
class DiskFiles : public FileSource {
public:
    FileRead read(const std::string& path, std::uint64_t max_bytes) const override;
    bool is_directory(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;
};

// Files held in memory, keyed by path as the loader asks for them.
class MemoryFiles : public FileSource {
public:
    void add(const std::string& path, std::string bytes) { files_[path] = std::move(bytes); }
    FileRead read(const std::string& path, std::uint64_t max_bytes) const override;
    bool is_directory(const std::string& path) const override;
    bool exists(const std::string& path) const override;
    std::vector<std::string> list(const std::string& dir) const override;

private:
    std::map<std::string, std::string> files_;
};

}  // namespace plankit
