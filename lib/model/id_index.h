// An index from id to position for ids that outlive it (views of the plan's strings).
// Open addressing in one array: the index of a large plan is built and freed with a
// single allocation, and a lookup touches one or two cache lines, where a node-based
// hash map allocates and follows a pointer per id.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace plankit {

class IdIndex {
public:
    // Room for `count` ids without growing.
    void reserve(std::size_t count);
    // Adds `id` at `position` unless it is already there (the first one wins); returns
    // whether it was added.
    bool insert(std::string_view id, std::size_t position);
    std::optional<std::size_t> find(std::string_view id) const;
    std::size_t size() const { return size_; }

private:
    static constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);
    struct Slot {
        std::string_view id;
        std::size_t position = kEmpty;
        std::size_t hash = 0;
    };
    void grow(std::size_t capacity);

    // A power of two long and at most three quarters full: probes stay short, and the
    // table is no larger than the hash map it replaces.
    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

}  // namespace plankit
