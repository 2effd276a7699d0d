#include "id_index.h"

#include <functional>

namespace plankit {

void IdIndex::reserve(std::size_t count) {
    std::size_t capacity = 8;
    while (3 * capacity < 4 * count) capacity *= 2;
    if (capacity > slots_.size()) grow(capacity);
}

// Moves every id into a table of `capacity` slots (a power of two).
void IdIndex::grow(std::size_t capacity) {
    std::vector<Slot> previous(capacity);
    previous.swap(slots_);  // slots_ is now the new, empty table
    const std::size_t mask = capacity - 1;
    for (const Slot& s : previous) {
        if (s.position == kEmpty) continue;
        std::size_t i = s.hash & mask;
        while (slots_[i].position != kEmpty) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

bool IdIndex::insert(std::string_view id, std::size_t position) {
    if (4 * (size_ + 1) > 3 * slots_.size()) grow(slots_.empty() ? 8 : 2 * slots_.size());
    const std::size_t hash = std::hash<std::string_view>{}(id);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    for (; slots_[i].position != kEmpty; i = (i + 1) & mask) {
        if (slots_[i].hash == hash && slots_[i].id == id) return false;
    }
    slots_[i] = Slot{id, position, hash};
    ++size_;
    return true;
}

std::optional<std::size_t> IdIndex::find(std::string_view id) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t hash = std::hash<std::string_view>{}(id);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i].position != kEmpty; i = (i + 1) & mask) {
        if (slots_[i].hash == hash && slots_[i].id == id) return slots_[i].position;
    }
    return std::nullopt;
}

}  // namespace plankit
