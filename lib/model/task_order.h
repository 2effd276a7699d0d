// The order of task ids (analysis.md, readings.md item 47): split on `.`, compare part by
// part, numerically when both parts are all digits, else as text; a prefix sorts first.
#pragma once

#include <string_view>

namespace plankit {

// <0, 0 or >0 as `a` sorts before, with, or after `b`. Full ties on the parts are broken
// by plain string order, so only identical ids compare equal.
int compare_task_ids(std::string_view a, std::string_view b);

struct TaskIdLess {
    bool operator()(std::string_view a, std::string_view b) const {
        return compare_task_ids(a, b) < 0;
    }
};

}  // namespace plankit
