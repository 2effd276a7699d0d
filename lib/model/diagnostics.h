// Input errors as values: each carries its location and message; a run collects them all
// and prints them together, sorted, instead of stopping at the first.
#pragma once

#include <string>
#include <vector>

#include "location.h"

namespace plankit {

struct Diagnostic {
    Location loc;
    std::string message;
};

// All the errors found while reading one run's inputs.
class Diagnostics {
public:
    void error(const Location& loc, std::string message);
    // Records a file's name so that errors sort by files in the order they were read.
    void note_file(const std::string& file);

    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    void append(const Diagnostics& other);

    // Sorted by file (in order of first appearance), line, column; stable otherwise.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
    std::vector<std::string> files_;
};

// `FILE:LINE:COL: error: MESSAGE` lines, at most `limit`, then `N more errors`.
std::string format_errors(const Diagnostics& diags, std::size_t limit = 50);

}  // namespace plankit
