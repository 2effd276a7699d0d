#include "json_writer.h"

#include <cmath>

#include <fmt/format.h>
#include <utf8proc.h>

#include "display_text.h"

namespace plankit {

std::string json_quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            // Invisible controls beyond ASCII (C1, bidi, U+2028/9, BOM) as `\uXXXX`: the
            // same string to a parser, but nothing that reorders a line when the file is
            // shown, nor ends a line for a JavaScript reader.
            utf8proc_int32_t cp = -1;
            auto len = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
            std::size_t step = len > 0 ? static_cast<std::size_t>(len) : 1;
            if (len > 0 && is_invisible_control(static_cast<char32_t>(cp)))
                out += fmt::format("\\u{:04x}", static_cast<unsigned>(cp));
            else
                out.append(s.substr(i, step));
            i += step;
            continue;
        }
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20 || c == 0x7f) out += fmt::format("\\u{:04x}", c);
                else out += static_cast<char>(c);
        }
        ++i;
    }
    out += '"';
    return out;
}

std::string json_number(double d) {
    if (!std::isfinite(d)) return "null";
    if (d == 0) return "0.0";  // also folds -0.0
    std::string s = fmt::format("{}", d);
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

void JsonWriter::newline() {
    out_ += '\n';
    out_.append(has_items_.size() * 2, ' ');
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!has_items_.empty()) {
        if (has_items_.back()) out_ += ',';
        has_items_.back() = true;
        newline();
    }
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    has_items_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline();
    out_ += '}';
    if (has_items_.empty()) out_ += '\n';
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    has_items_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    bool had = has_items_.back();
    has_items_.pop_back();
    if (had) newline();
    out_ += ']';
    if (has_items_.empty()) out_ += '\n';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
    before_value();
    out_ += json_quote(k);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
    before_value();
    out_ += json_quote(s);
    return *this;
}

JsonWriter& JsonWriter::value(double d) {
    before_value();
    out_ += json_number(d);
    return *this;
}

JsonWriter& JsonWriter::value(int i) {
    before_value();
    out_ += std::to_string(i);
    return *this;
}

JsonWriter& JsonWriter::value(long long i) {
    before_value();
    out_ += std::to_string(i);
    return *this;
}

JsonWriter& JsonWriter::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& list) {
    begin_array();
    for (const auto& s : list) value(s);
    return end_array();
}

}  // namespace plankit
