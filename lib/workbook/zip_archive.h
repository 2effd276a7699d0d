// A zip archive held in memory (a workbook is one), opened with libzip. Every entry's
// declared sizes are checked against limits before anything is inflated, and inflating
// stops at the declared size, so a zip bomb is refused rather than filling the memory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct zip;
struct zip_source;

namespace plankit {

// How much an archive may hold once inflated.
struct ZipLimits {
    std::uint64_t max_entries = 10000;
    std::uint64_t max_entry_bytes = 256u << 20;  // one entry inflated
    std::uint64_t max_total_bytes = 512u << 20;  // every entry inflated
    // The largest inflated/compressed ratio of an entry over 1 MiB. Deflate reaches ~1000
    // on long runs of one byte; real sheets stay far below 100.
    std::uint64_t max_ratio = 200;
};

class ZipArchive {
public:
    ZipArchive() = default;
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    ~ZipArchive();

    // Opens the archive in `bytes` (which must outlive this) and checks its entries'
    // declared sizes; an error message, or nullopt.
    std::optional<std::string> open(std::string_view bytes, const ZipLimits& limits);
    // Whether an entry has this name.
    bool has(const std::string& name) const;
    // Inflates the named entry into `out`; an error message, or nullopt.
    std::optional<std::string> read(const std::string& name, std::string& out) const;

private:
    zip* archive_ = nullptr;
};

}  // namespace plankit
