// The memory of one parsed YAML document (yaml_tree.h): nodes in blocks of a few thousand,
// texts and child lists in byte blocks. A large plan has millions of nodes, and a heap
// object for each was most of the loader's time and peak memory; here nothing is given
// back one node at a time, the whole goes with the document.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>
#include <vector>

#include "yaml_tree.h"

namespace plankit {

class YamlArena {
public:
    // A fresh null node.
    YamlNode* new_node() {
        if (node_blocks_.empty() || nodes_used_ == kNodesPerBlock) {
            node_blocks_.push_back(std::make_unique<YamlNode[]>(kNodesPerBlock));
            nodes_used_ = 0;
        }
        return &node_blocks_.back()[nodes_used_++];
    }

    // A copy of `text` that lives as long as the arena.
    std::string_view copy_text(std::string_view text) {
        if (text.empty()) return {};
        auto* p = static_cast<char*>(take(text.size(), 1));
        std::memcpy(p, text.data(), text.size());
        return {p, text.size()};
    }

    // A copy of the `n` values from `first` that lives as long as the arena.
    template <class T>
    const T* copy_list(const T* first, std::size_t n) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (n == 0) return nullptr;
        auto* p = static_cast<T*>(take(n * sizeof(T), alignof(T)));
        std::memcpy(static_cast<void*>(p), first, n * sizeof(T));
        return p;
    }

    // Keeps `other` alive as long as this arena: a document read in pieces holds the
    // nodes of every piece.
    void adopt(std::shared_ptr<const YamlArena> other) { adopted_.push_back(std::move(other)); }

private:
    static constexpr std::size_t kNodesPerBlock = 4096;
    static constexpr std::size_t kMaxBlock = std::size_t{1} << 20;

    void* take(std::size_t bytes, std::size_t align) {
        std::size_t at = (used_ + align - 1) / align * align;
        if (bytes_.empty() || at + bytes > size_) {
            // Blocks grow so that a small progress file stays small and a big plan makes
            // few of them.
            size_ = std::max(bytes, std::min<std::size_t>(kMaxBlock, std::max<std::size_t>(4096, size_ * 2)));
            bytes_.push_back(std::make_unique<std::byte[]>(size_));
            at = 0;
        }
        used_ = at + bytes;
        return bytes_.back().get() + at;
    }

    std::vector<std::unique_ptr<YamlNode[]>> node_blocks_;
    std::size_t nodes_used_ = 0;
    std::vector<std::unique_ptr<std::byte[]>> bytes_;
    std::size_t used_ = 0;
    std::size_t size_ = 0;
    std::vector<std::shared_ptr<const YamlArena>> adopted_;
};

}  // namespace plankit
