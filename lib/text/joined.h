// Lists written in one line or one cell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plankit {

// The items with `sep` between them (`a;b;c`); empty for no items.
std::string joined(const std::vector<std::string>& items, std::string_view sep);

}  // namespace plankit
