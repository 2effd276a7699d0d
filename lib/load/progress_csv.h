// Reading CSV text (RFC 4180) record by record: an optional UTF-8 byte-order mark, CRLF
// or LF line ends, quoted fields holding commas, doubled quotes and line breaks. Each
// record remembers the physical line where it starts, so that errors about its cells can
// name it even when an earlier field spans several lines.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plankit {

// One record: its fields, unquoted but not trimmed, and the line where it starts.
struct CsvRow {
    std::vector<std::string_view> fields;  // valid until the reader's next call
    int line = 0;
};

// What stopped the reading: a malformed quote, or bytes that are not UTF-8.
struct CsvError {
    int line = 0;  // 1-based
    int col = 0;   // 1-based, in code points (the byte-order mark not counted)
    std::string message;
};

// Reads the records of one CSV text in a single pass, reusing its buffers from record to
// record, so that millions of rows cost no allocation beyond what the caller keeps.
class CsvReader {
public:
    // `text` must outlive the reader and the rows it fills.
    explicit CsvReader(std::string_view text);

    // Fills `row` with the next record; false at the end of the text or at an error.
    bool next(CsvRow& row);
    // The error that ended the reading, if one did.
    const std::optional<CsvError>& error() const { return error_; }

private:
    // Where a field's text lies: in the input, or in `scratch_` when doubled quotes had to
    // be folded into one.
    struct Span {
        bool in_scratch = false;
        std::size_t begin = 0;
        std::size_t size = 0;
    };

    bool read_field(Span& span);
    bool read_unquoted(Span& span);
    bool read_quoted(Span& span);
    bool check_utf8();
    void line_break();
    void fail(std::size_t at, std::string message);
    int column_at(std::size_t at) const;

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;  // byte offset where the current physical line starts
    std::string scratch_;
    std::vector<Span> spans_;
    std::optional<CsvError> error_;
};

}  // namespace plankit
