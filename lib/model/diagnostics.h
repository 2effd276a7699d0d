// Input errors as values: each carries its location and message; a run collects them all
// and prints them together, sorted, instead of stopping at the first.
#pragma once

#include <string>
#include <vector>

#include "location.h"
#include "message.h"

namespace plankit {

struct Diagnostic {
    Location loc;
    Message message;  // worded when printed (error_text.h), in the output language
};

// All the errors found while reading one run's inputs.
class Diagnostics {
public:
    // `message` is a code and its values (`say(...)`), or a ready-made English sentence
    // that every language shows as written.
    void error(const Location& loc, Message message);
    // Records a file's name so that errors sort by files in the order they were read.
    void note_file(const std::string& file);

    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    const std::vector<Diagnostic>& items() const { return items_; }
    // The errors from the `first`-th on, to be made more precise once more is known.
    std::vector<Diagnostic>::iterator since(std::size_t first) { return items_.begin() + static_cast<std::ptrdiff_t>(first); }
    std::vector<Diagnostic>::iterator end() { return items_.end(); }
    void append(const Diagnostics& other);

    // Sorted by file (in order of first appearance), line, column; stable otherwise.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
    std::vector<std::string> files_;
};

}  // namespace plankit
