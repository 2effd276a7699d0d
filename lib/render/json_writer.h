// A small streaming JSON writer: keys in the order written, two-space indentation, doubles
// in their shortest round-trip form (always with a `.` or exponent), control characters
// escaped, non-ASCII text kept as UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plankit {

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view k);

    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(double d);
    JsonWriter& value(int i);
    JsonWriter& value(long long i);
    JsonWriter& value(std::size_t i) { return value(static_cast<long long>(i)); }
    JsonWriter& value(bool b);
    JsonWriter& null();
    template <class T>
    JsonWriter& value(const std::optional<T>& v) { return v ? value(*v) : null(); }
    JsonWriter& value(const std::vector<std::string>& list);

    // Shorthand for key(k).value(v).
    template <class T>
    JsonWriter& field(std::string_view k, const T& v) { key(k); return value(v); }

    // The document, ending in a newline once the outermost value is closed.
    const std::string& str() const { return out_; }

private:
    void before_value();
    void newline();

    std::string out_;
    std::vector<bool> has_items_;  // one entry per open container
    bool after_key_ = false;
};

// A JSON string literal, quotes included; control, bidi and other invisible characters
// as `\uXXXX` escapes.
std::string json_quote(std::string_view s);
// The shortest text that reads back as `d`, with `.0` added to whole numbers; non-finite
// values (never produced by valid input) become null.
std::string json_number(double d);

}  // namespace plankit
