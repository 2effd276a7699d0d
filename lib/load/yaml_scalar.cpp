#include "yaml_scalar.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

#include "ascii.h"

namespace plankit {
namespace {

bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

template <class Pred>
bool all_of(std::string_view s, Pred pred) {
    if (s.empty()) return false;
    for (char c : s)
        if (!pred(c)) return false;
    return true;
}

std::string_view drop_sign(std::string_view s) {
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    return s;
}

bool is_inf_word(std::string_view s) { return s == ".inf" || s == ".Inf" || s == ".INF"; }
bool is_nan_word(std::string_view s) { return s == ".nan" || s == ".NaN" || s == ".NAN"; }

// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` after the sign.
bool is_decimal_float(std::string_view s) {
    std::size_t i = 0, n = s.size();
    std::size_t int_digits = 0, frac_digits = 0;
    while (i < n && is_digit(s[i])) ++i, ++int_digits;
    bool dot = i < n && s[i] == '.';
    if (dot) {
        ++i;
        while (i < n && is_digit(s[i])) ++i, ++frac_digits;
    }
    if (int_digits == 0 && frac_digits == 0) return false;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
        std::size_t exp_digits = 0;
        while (i < n && is_digit(s[i])) ++i, ++exp_digits;
        if (exp_digits == 0) return false;
    }
    return i == n;
}

// Roughly log10 of a decimal float's text, enough to tell overflow from underflow.
long long decimal_magnitude(std::string_view s) {
    std::size_t e = s.find_first_of("eE");
    std::string_view mantissa = s.substr(0, e);
    long long exp = 0;
    if (e != std::string_view::npos) {
        std::string_view digits = s.substr(e + 1);
        bool neg = !digits.empty() && digits[0] == '-';
        digits = drop_sign(digits);
        for (char c : digits) exp = std::min<long long>(exp * 10 + (c - '0'), 1000000);
        if (neg) exp = -exp;
    }
    std::size_t dot = mantissa.find('.');
    std::string_view whole = mantissa.substr(0, dot);
    std::size_t first = whole.find_first_not_of('0');
    if (first != std::string_view::npos) return static_cast<long long>(whole.size() - first) + exp;
    std::string_view frac = dot == std::string_view::npos ? std::string_view{} : mantissa.substr(dot + 1);
    std::size_t nz = frac.find_first_not_of('0');
    if (nz == std::string_view::npos) return -1000000;
    return exp - static_cast<long long>(nz);
}

std::optional<long long> parse_base(std::string_view digits, int base, bool negative) {
    unsigned long long v = 0;
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, base);
    if (ec != std::errc() || p != digits.data() + digits.size()) return std::nullopt;
    const auto max = static_cast<unsigned long long>(std::numeric_limits<long long>::max());
    if (!negative && v > max) return std::nullopt;
    if (negative && v > max + 1) return std::nullopt;
    if (negative) return v == max + 1 ? std::numeric_limits<long long>::min()
                                      : -static_cast<long long>(v);
    return static_cast<long long>(v);
}

}  // namespace

bool is_core_null(std::string_view text) {
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

std::optional<bool> parse_core_bool(std::string_view text) {
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
    return std::nullopt;
}

bool is_core_int(std::string_view text) {
    if (text.size() > 2 && text[0] == '0' && text[1] == 'o') return all_of(text.substr(2), is_octal);
    if (text.size() > 2 && text[0] == '0' && text[1] == 'x') return all_of(text.substr(2), is_hex);
    return all_of(drop_sign(text), is_digit);
}

std::optional<long long> parse_core_int(std::string_view text) {
    if (!is_core_int(text)) return std::nullopt;
    if (text.size() > 2 && text[0] == '0' && text[1] == 'o') return parse_base(text.substr(2), 8, false);
    if (text.size() > 2 && text[0] == '0' && text[1] == 'x') return parse_base(text.substr(2), 16, false);
    bool negative = text[0] == '-';
    return parse_base(drop_sign(text), 10, negative);
}

bool is_core_float(std::string_view text) {
    if (is_nan_word(text)) return true;
    std::string_view body = drop_sign(text);
    if (is_inf_word(body)) return true;
    return !is_core_int(text) && is_decimal_float(body);
}

std::optional<double> parse_core_float(std::string_view text) {
    if (is_nan_word(text)) return std::numeric_limits<double>::quiet_NaN();
    std::string_view body = drop_sign(text);
    bool negative = !text.empty() && text[0] == '-';
    if (is_inf_word(body))
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (is_core_int(text) && (text.size() < 2 || (text[1] != 'o' && text[1] != 'x'))) {
        // A decimal integer read as a number: no octal/hex surprises here either.
    } else if (is_core_int(text)) {
        auto v = parse_core_int(text);
        if (!v) return std::nullopt;
        return static_cast<double>(*v);
    } else if (!is_decimal_float(body)) {
        return std::nullopt;
    }
    // strtod is locale-dependent; from_chars is not.
    double v = 0;
    auto [p, ec] = std::from_chars(body.data(), body.data() + body.size(), v);
    if (p != body.data() + body.size()) return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // Overflow gives an infinite value (then "must be finite"); underflow gives 0.
        v = decimal_magnitude(body) > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    } else if (ec != std::errc()) {
        return std::nullopt;
    }
    return negative ? -v : v;
}

}  // namespace plankit
