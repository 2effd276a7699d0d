// Turns one fuzzer input into a set of in-memory files, so that a single byte string can
// hold a plan, its includes and progress records.
//
// The lines before the first marker line form the file the caller names `first`; each
// marker line `#@ NAME` starts a new file called NAME (a YAML comment, so seeds stay
// readable and a plan without markers is just a plan).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plankit::fuzz {

// The files of an input, in the order they appear (names cut to 40 bytes).
inline std::vector<std::pair<std::string, std::string>> split_files(const std::uint8_t* data,
                                                                    std::size_t size,
                                                                    const std::string& first) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::vector<std::pair<std::string, std::string>> files{{first, {}}};
    std::size_t pos = 0;
    while (pos < in.size()) {
        std::size_t eol = in.find('\n', pos);
        std::size_t next = eol == std::string_view::npos ? in.size() : eol + 1;
        std::string_view line = in.substr(pos, next - pos);
        if (line.substr(0, 3) == "#@ ") {
            std::string_view name = line.substr(3);
            if (!name.empty() && name.back() == '\n') name.remove_suffix(1);
            files.emplace_back(std::string(name.substr(0, 40)), std::string{});
        } else {
            files.back().second.append(line);
        }
        pos = next;
    }
    return files;
}

}  // namespace plankit::fuzz
