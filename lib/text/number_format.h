// How numbers appear to people in text, Markdown and CSV output: rounded for display,
// without trailing zeros, never "-0". (JSON keeps numbers unrounded: json_writer.h.)
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plankit {

// What an absent value looks like in text and Markdown (CSV uses an empty cell).
inline constexpr std::string_view kNoValue = "—";

// `d` rounded half away from zero to at most `max_decimals` decimals, as written in
// shortest form (2.675 → "2.68", 12.50 → "12.5", 100.0 → "100", -0.001 → "0"); no
// exponent, no thousands separators. Non-finite values are "nan", "inf", "-inf".
std::string format_number(double d, int max_decimals = 2);

// A fraction as a percentage: 0.943 → "94.3%" (max_decimals applies to the percentage).
std::string format_percent(double fraction, int max_decimals = 1);

// format_number of the value, or `absent` when there is none ("—"; pass "" for CSV).
std::string format_optional(const std::optional<double>& v, std::string_view absent = kNoValue,
                            int max_decimals = 2);
// format_percent of the value, or `absent` when there is none.
std::string format_optional_percent(const std::optional<double>& v,
                                    std::string_view absent = kNoValue, int max_decimals = 1);

}  // namespace plankit
