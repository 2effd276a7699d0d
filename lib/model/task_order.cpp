#include "task_order.h"

#include <algorithm>

namespace plankit {
namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Compares two digit strings by value without converting (they may be longer than any
// integer type): strip leading zeros, then the longer is larger, then text order.
int compare_numbers(std::string_view a, std::string_view b) {
    auto strip = [](std::string_view s) {
        auto nz = s.find_first_not_of('0');
        return nz == std::string_view::npos ? std::string_view{} : s.substr(nz);
    };
    a = strip(a);
    b = strip(b);
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : (a.compare(b) > 0 ? 1 : 0);
}

}  // namespace

int compare_task_ids(std::string_view a, std::string_view b) {
    std::string_view ra = a, rb = b;
    bool more_a = !a.empty(), more_b = !b.empty();
    while (more_a && more_b) {
        // Each dot is looked for once: the sort of a large plan compares ids often.
        const auto dot_a = ra.find('.'), dot_b = rb.find('.');
        const std::string_view pa = ra.substr(0, dot_a), pb = rb.substr(0, dot_b);
        int c = (all_digits(pa) && all_digits(pb)) ? compare_numbers(pa, pb)
                                                   : (pa < pb ? -1 : (pa > pb ? 1 : 0));
        if (c != 0) return c;
        more_a = dot_a != std::string_view::npos;
        more_b = dot_b != std::string_view::npos;
        ra = more_a ? ra.substr(dot_a + 1) : std::string_view{};
        rb = more_b ? rb.substr(dot_b + 1) : std::string_view{};
    }
    if (more_a != more_b) return more_a ? 1 : -1;  // a prefix sorts first
    return a < b ? -1 : (a > b ? 1 : 0);
}

}  // namespace plankit
