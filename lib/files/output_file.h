// Writing output files so that a reader never sees half of one: each file goes to a
// temporary file in its own folder, is flushed, given ordinary permissions and renamed
// into place; on failure nothing is left behind and what was there stays untouched.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plankit {

// An error message, or nullopt on success.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

// All the files or none: every temporary is complete before the first rename.
std::optional<std::string> write_files_atomically(
    const std::vector<std::pair<std::string, std::string>>& files);

// Whether two paths name the same existing file (through `./`, `..` or symlinks).
bool same_file(const std::string& a, const std::string& b);

}  // namespace plankit
