#include "location.h"

namespace plankit {

const std::string& Location::file_name() const {
    static const std::string none;
    return file ? *file : none;
}

std::string to_string(const Location& loc) {
    if (!loc.file) return {};
    if (loc.line <= 0) return *loc.file;
    return *loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
}

std::optional<std::string> known_place(const Location& loc) {
    if (!loc.known()) return std::nullopt;
    return to_string(loc);
}

}  // namespace plankit
