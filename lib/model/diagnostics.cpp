#include "diagnostics.h"

#include <algorithm>

namespace plankit {

void Diagnostics::note_file(const std::string& file) {
    if (std::find(files_.begin(), files_.end(), file) == files_.end()) files_.push_back(file);
}

void Diagnostics::error(const Location& loc, Message message) {
    if (loc.file) note_file(*loc.file);
    items_.push_back({loc, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& f : other.files_) note_file(f);
    for (const auto& d : other.items_) error(d.loc, d.message);
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    auto rank = [this](const Diagnostic& d) {
        auto it = std::find(files_.begin(), files_.end(), d.loc.file_name());
        return it - files_.begin();
    };
    std::vector<Diagnostic> out = items_;
    std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        auto ra = rank(a), rb = rank(b);
        if (ra != rb) return ra < rb;
        if (a.loc.line != b.loc.line) return a.loc.line < b.loc.line;
        return a.loc.col < b.loc.col;
    });
    return out;
}

}  // namespace plankit
