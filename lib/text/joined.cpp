#include "joined.h"

namespace plankit {

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const auto& s : items) {
        if (!out.empty()) out += sep;  // as before: nothing before an item while all are empty
        out += s;
    }
    return out;
}

}  // namespace plankit
