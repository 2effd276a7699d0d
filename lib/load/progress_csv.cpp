// The CSV reader: one pass over the bytes, fields as views of the input whenever no
// doubled quote needs folding, UTF-8 checked on the way (only bytes >= 0x80 need it).
#include "progress_csv.h"

#include <array>
#include <cstdio>

namespace plankit {
namespace {

// Bytes that end or interrupt an unquoted field's fast scan.
constexpr std::array<bool, 256> make_stops() {
    std::array<bool, 256> stops{};
    stops[static_cast<unsigned char>(',')] = true;
    stops[static_cast<unsigned char>('\r')] = true;
    stops[static_cast<unsigned char>('\n')] = true;
    stops[static_cast<unsigned char>('"')] = true;
    stops[0] = true;
    for (int c = 0x80; c < 0x100; ++c) stops[static_cast<std::size_t>(c)] = true;
    return stops;
}
constexpr std::array<bool, 256> kUnquotedStops = make_stops();

// Bytes inside a quoted field that need a look: the quote, line ends, NUL, non-ASCII.
constexpr std::array<bool, 256> make_quoted_stops() {
    std::array<bool, 256> stops = make_stops();
    stops[static_cast<unsigned char>(',')] = false;
    return stops;
}
constexpr std::array<bool, 256> kQuotedStops = make_quoted_stops();

// Length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlongs, no
// surrogates, nothing past U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8_sequence(const unsigned char* p, std::size_t avail) {
    unsigned char c = p[0];
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (avail < len || p[1] < lo || p[1] > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if ((p[k] & 0xC0) != 0x80) return 0;
    return len;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

CsvReader::CsvReader(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
}

bool CsvReader::next(CsvRow& row) {
    if (error_ || pos_ >= text_.size()) return false;
    row.line = line_;
    spans_.clear();
    scratch_.clear();
    for (;;) {
        Span span;
        if (!read_field(span)) return false;
        spans_.push_back(span);
        if (pos_ < text_.size() && text_[pos_] == ',') {
            ++pos_;
            continue;
        }
        if (pos_ < text_.size()) line_break();
        break;
    }
    // Views are made only now: `scratch_` may have moved while the record grew.
    row.fields.clear();
    for (const Span& s : spans_) {
        std::string_view from = s.in_scratch ? std::string_view(scratch_) : text_;
        row.fields.push_back(from.substr(s.begin, s.size));
    }
    return true;
}

bool CsvReader::read_field(Span& span) {
    // Blanks before an opening quote are allowed: cells are trimmed anyway.
    std::size_t start = pos_;
    while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '"') return read_quoted(span);
    pos_ = start;
    return read_unquoted(span);
}

bool CsvReader::read_unquoted(Span& span) {
    span.begin = pos_;
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    for (;;) {
        while (pos_ < n && !kUnquotedStops[p[pos_]]) ++pos_;
        if (pos_ >= n) break;
        unsigned char c = p[pos_];
        if (c == ',' || c == '\r' || c == '\n') break;
        if (c == '"') {
            fail(pos_, "a quote inside a field that does not start with one; enclose the whole "
                       "field in quotes and double the quote (\"\")");
            return false;
        }
        if (!check_utf8()) return false;
    }
    span.size = pos_ - span.begin;
    return true;
}

bool CsvReader::read_quoted(Span& span) {
    const std::size_t open = pos_;
    const int open_line = line_;
    const std::size_t open_line_start = line_start_;
    ++pos_;
    span.begin = pos_;
    std::size_t piece = pos_;  // start of the text not yet copied to scratch
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    for (;;) {
        while (pos_ < n && !kQuotedStops[p[pos_]]) ++pos_;
        if (pos_ >= n) {
            line_ = open_line;
            line_start_ = open_line_start;
            fail(open, "unbalanced quote: the quoted field starting here has no closing quote");
            return false;
        }
        unsigned char c = p[pos_];
        if (c == '"') {
            if (pos_ + 1 < n && p[pos_ + 1] == '"') {
                // A doubled quote: the field's text is no longer a plain slice of the input.
                if (!span.in_scratch) {
                    span.in_scratch = true;
                    span.begin = scratch_.size();
                }
                scratch_.append(text_.substr(piece, pos_ + 1 - piece));
                pos_ += 2;
                piece = pos_;
                continue;
            }
            break;
        }
        if (c == '\n') {
            ++pos_;
            ++line_;
            line_start_ = pos_;
        } else if (c == '\r') {
            ++pos_;
            if (pos_ < n && p[pos_] == '\n') ++pos_;
            ++line_;
            line_start_ = pos_;
        } else if (!check_utf8()) {
            return false;
        }
    }
    if (span.in_scratch) {
        scratch_.append(text_.substr(piece, pos_ - piece));
        span.size = scratch_.size() - span.begin;
    } else {
        span.size = pos_ - span.begin;
    }
    ++pos_;  // the closing quote
    while (pos_ < n && is_blank(text_[pos_])) ++pos_;
    if (pos_ < n && text_[pos_] != ',' && text_[pos_] != '\r' && text_[pos_] != '\n') {
        fail(pos_, "text after the closing quote of a field; a quote inside a quoted field is "
                   "written twice (\"\")");
        return false;
    }
    return true;
}

// Checks the non-ASCII (or NUL) byte at `pos_` and steps over its character.
bool CsvReader::check_utf8() {
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    if (p[pos_] == 0) {
        fail(pos_, "not UTF-8 text: a NUL byte (a UTF-16 file?); save the file as \"CSV UTF-8\"");
        return false;
    }
    std::size_t len = utf8_sequence(p + pos_, text_.size() - pos_);
    if (len == 0) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(p[pos_]));
        fail(pos_, std::string("not UTF-8: byte ") + hex +
                       " cannot start or continue a character (a file saved as GBK or another "
                       "local encoding?); save it as \"CSV UTF-8\"");
        return false;
    }
    pos_ += len;
    return true;
}

void CsvReader::line_break() {
    if (text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
    line_start_ = pos_;
}

void CsvReader::fail(std::size_t at, std::string message) {
    error_ = CsvError{line_, column_at(at), std::move(message)};
}

int CsvReader::column_at(std::size_t at) const {
    // Code points before `at` on its line; only valid UTF-8 lies before an error.
    int col = 1;
    for (std::size_t i = line_start_; i < at && i < text_.size(); ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
    return col;
}

}  // namespace plankit
