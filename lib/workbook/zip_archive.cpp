#include "zip_archive.h"

#include <zip.h>

namespace plankit {
namespace {

constexpr std::uint64_t kMiB = 1u << 20;

std::string zip_message(zip_error_t* error) {
    std::string text = zip_error_strerror(error);
    zip_error_fini(error);
    return text;
}

std::string size_text(std::uint64_t bytes) {
    return bytes >= kMiB ? std::to_string(bytes / kMiB) + " MiB" : std::to_string(bytes) + " bytes";
}

}  // namespace

ZipArchive::~ZipArchive() {
    if (archive_) zip_discard(archive_);
}

std::optional<std::string> ZipArchive::open(std::string_view bytes, const ZipLimits& limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) return "cannot read the workbook: " + zip_message(&error);
    archive_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive_) {
        zip_source_free(source);
        // libzip's own words only when they add to ours.
        bool no_zip = zip_error_code_zip(&error) == ZIP_ER_NOZIP;
        std::string why = no_zip ? "" : " (" + zip_message(&error) + ")";
        if (no_zip) zip_error_fini(&error);
        return "not a workbook: not a zip archive" + why + "; an .xlsx file is one, an old .xls or a CSV renamed is not";
    }
    zip_error_fini(&error);
    zip_int64_t entries = zip_get_num_entries(archive_, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_entries)
        return "the workbook holds " + std::to_string(entries) + " parts, more than the " +
               std::to_string(limits.max_entries) + " allowed";
    std::uint64_t total = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive_, static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
            !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
            return "the workbook's part " + std::to_string(i + 1) + " has no sizes";
        std::string name = (st.valid & ZIP_STAT_NAME) ? st.name : "?";
        if (st.size > limits.max_entry_bytes)
            return "the workbook's part " + name + " inflates to " + size_text(st.size) + ", more than the " +
                   size_text(limits.max_entry_bytes) + " allowed";
        if (st.size > kMiB && st.size / (st.comp_size ? st.comp_size : 1) > limits.max_ratio)
            return "the workbook's part " + name + " inflates " + std::to_string(st.size / (st.comp_size ? st.comp_size : 1)) +
                   " times its packed size (a zip bomb?); refused before inflating";
        total += st.size;
        if (total > limits.max_total_bytes)
            return "the workbook's parts inflate to more than the " + size_text(limits.max_total_bytes) + " allowed";
    }
    return std::nullopt;
}

bool ZipArchive::has(const std::string& name) const {
    return archive_ && zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name, std::string& out) const {
    zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
    if (index < 0) return "the workbook has no part " + name;
    zip_stat_t st;
    if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &st) != 0)
        return "cannot read the workbook's part " + name;
    zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
    if (!file) return "cannot open the workbook's part " + name + ": " + zip_strerror(archive_);
    // The sizes were checked when the archive opened: no more than the declared size is read.
    out.resize(static_cast<std::size_t>(st.size));
    zip_int64_t got = st.size ? zip_fread(file, out.data(), st.size) : 0;
    std::string problem;
    if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
        problem = "the workbook's part " + name + " is damaged: " + zip_file_strerror(file);
    zip_fclose(file);
    if (!problem.empty()) return problem;
    return std::nullopt;
}

}  // namespace plankit
