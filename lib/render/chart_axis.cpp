#include "chart_axis.h"

#include <cmath>

#include "number_format.h"

namespace plankit {

double axis_top(double max) {
    if (max <= 0) return 1;
    const double step = std::pow(10.0, std::floor(std::log10(max))) / 2;
    return std::ceil(max / step) * step;
}

std::string chart_number(double v) { return format_number(v, 6); }

}  // namespace plankit
