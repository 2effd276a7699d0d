// A fresh folder under the system's temporary folder, removed at the end of the test, and
// reading a file whole, for the tests that work on files.
#pragma once

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include <doctest/doctest.h>

#include "file_source.h"

namespace plankit::testing {

struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        std::string templ = (std::filesystem::temp_directory_path() / "plankit-test-XXXXXX").string();
        REQUIRE(::mkdtemp(templ.data()) != nullptr);
        path = templ;
    }
    ~ScratchDir() {
        namespace fs = std::filesystem;
        std::error_code ec;
        // A test may have taken permissions away; give them back so the folder can go.
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    std::string operator/(const std::string& name) const { return (path / name).string(); }
    // Names of everything in the folder, hidden temporaries included, sorted.
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        for (const auto& e : std::filesystem::directory_iterator(path))
            names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }
};

// The bytes of the file at `path`, or "" when it cannot be read.
inline std::string read_all(const std::string& path) {
    return DiskFiles().read(path, std::uint64_t{1} << 30).bytes.value_or("");
}

}  // namespace plankit::testing
