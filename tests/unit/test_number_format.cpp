#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "number_format.h"

using namespace plankit;

TEST_CASE("numbers lose trailing zeros") {
    CHECK(format_number(12.5) == "12.5");
    CHECK(format_number(100.0) == "100");
    CHECK(format_number(0.94) == "0.94");
    CHECK(format_number(78.4) == "78.4");
    CHECK(format_number(1e20) == "100000000000000000000");
    CHECK(format_number(1234.5678, 3) == "1234.568");  // 1234.567|8 rounds up
}

TEST_CASE("rounding is half away from zero on the digits as written") {
    CHECK(format_number(2.675) == "2.68");    // written 2.675 (binary 2.67499...): up
    CHECK(format_number(0.125) == "0.13");
    CHECK(format_number(-0.125) == "-0.13");
    CHECK(format_number(2.5, 0) == "3");
    CHECK(format_number(-2.5, 0) == "-3");
    CHECK(format_number(93.75, 1) == "93.8");
    CHECK(format_number(0.005) == "0.01");    // 0.00|5 rounds up past the leading zeros
    CHECK(format_number(0.0049) == "0");
    CHECK(format_number(9.999) == "10");      // carries into a new digit
    CHECK(format_number(99.995) == "100");
    CHECK(format_number(1.5e-7) == "0");
}

TEST_CASE("never minus zero") {
    CHECK(format_number(-0.0) == "0");
    CHECK(format_number(-0.001) == "0");
    CHECK(format_number(-0.004, 2) == "0");
}

TEST_CASE("non-finite values") {
    CHECK(format_number(std::numeric_limits<double>::quiet_NaN()) == "nan");
    CHECK(format_number(std::numeric_limits<double>::infinity()) == "inf");
    CHECK(format_number(-std::numeric_limits<double>::infinity()) == "-inf");
}

TEST_CASE("percentages and absent values") {
    CHECK(format_percent(0.943) == "94.3%");  // 94.30000000000001 shown with one decimal
    CHECK(format_percent(1.0) == "100%");
    CHECK(format_percent(0.94, 0) == "94%");
    CHECK(format_optional(std::nullopt) == "—");
    CHECK(format_optional(std::nullopt, "") == "");
    CHECK(format_optional(3.0) == "3");
    CHECK(format_optional_percent(std::nullopt) == "—");
    CHECK(format_optional_percent(0.5) == "50%");
}
