#include "number_format.h"

#include <cmath>
#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

namespace plankit {
namespace {

// A non-negative decimal as digits and the number of them before the point
// (`digits` "2675", `point` 1 is 2.675); always at least `point` digits, point >= 0.
struct Decimal {
    std::string digits;
    int point = 0;
};

// The shortest decimal that reads back as `magnitude` (>= 0, finite), so rounding works
// on the digits a person would see rather than on the binary value.
Decimal to_decimal(double magnitude) {
    std::string text = fmt::format("{}", magnitude);  // "2.675", "100", "1e+20", "1.5e-07"
    int exponent = 0;
    if (auto e = text.find_first_of("eE"); e != std::string::npos) {
        exponent = std::atoi(text.c_str() + e + 1);
        text.resize(e);
    }
    Decimal dec;
    auto dot = text.find('.');
    dec.point = static_cast<int>(dot == std::string::npos ? text.size() : dot) + exponent;
    for (char c : text)
        if (c != '.') dec.digits += c;
    if (dec.point < 0) {
        dec.digits = std::string(static_cast<std::size_t>(-dec.point), '0') + dec.digits;
        dec.point = 0;
    }
    if (dec.digits.size() < static_cast<std::size_t>(dec.point))
        dec.digits.resize(static_cast<std::size_t>(dec.point), '0');
    return dec;
}

// Rounds half away from zero (on the magnitude: half up) to `decimals` places.
void round_to(Decimal& dec, int decimals) {
    std::size_t keep = static_cast<std::size_t>(dec.point + decimals);
    if (keep >= dec.digits.size()) return;
    bool up = dec.digits[keep] >= '5';
    dec.digits.resize(keep);
    if (!up) return;
    for (std::size_t i = keep; i-- > 0;) {
        if (dec.digits[i] != '9') {
            ++dec.digits[i];
            return;
        }
        dec.digits[i] = '0';
    }
    dec.digits = "1" + dec.digits;  // carried past the first digit: 9.99 → 10
    ++dec.point;
}

std::string to_text(const Decimal& dec) {
    const auto point = static_cast<std::size_t>(dec.point);
    std::string_view digits = dec.digits;
    std::string_view whole = digits.substr(0, point);
    std::string_view fraction = digits.substr(point);
    whole.remove_prefix(std::min(whole.find_first_not_of('0'), whole.size()));
    auto last = fraction.find_last_not_of('0');
    fraction = last == std::string_view::npos ? std::string_view() : fraction.substr(0, last + 1);
    std::string text(whole.empty() ? std::string_view("0") : whole);
    if (!fraction.empty()) text.append(1, '.').append(fraction);
    return text;
}

}  // namespace

std::string format_number(double d, int max_decimals) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
    if (d == 0) return "0";
    Decimal dec = to_decimal(std::fabs(d));
    round_to(dec, max_decimals < 0 ? 0 : max_decimals);
    std::string text = to_text(dec);
    // A negative value that rounds to zero is shown as "0", never "-0".
    if (d < 0 && text != "0") return "-" + text;
    return text;
}

std::string format_percent(double fraction, int max_decimals) {
    return format_number(fraction * 100, max_decimals) + "%";
}

std::string format_optional(const std::optional<double>& v, std::string_view absent,
                            int max_decimals) {
    return v ? format_number(*v, max_decimals) : std::string(absent);
}

std::string format_optional_percent(const std::optional<double>& v, std::string_view absent,
                                    int max_decimals) {
    return v ? format_percent(*v, max_decimals) : std::string(absent);
}

}  // namespace plankit
