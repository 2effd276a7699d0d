// Where something came from in an input file: the file as the user named it, a 1-based
// line and a 1-based column counted in Unicode code points.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace plankit {

struct Location {
    // Shared so that thousands of locations of one file hold one copy of its name.
    std::shared_ptr<const std::string> file;
    int line = 0;
    int col = 0;

    bool known() const { return file != nullptr; }
    const std::string& file_name() const;
};

// `file:line:col`, or just `file` when no line is known, or "" when nothing is.
std::string to_string(const Location& loc);
// The same, or nullopt when nothing is known (a finding about the whole plan): JSON's null.
std::optional<std::string> known_place(const Location& loc);

}  // namespace plankit
