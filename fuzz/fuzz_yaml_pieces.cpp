// Fuzz target: a document parsed in pieces on several threads (yaml_cuts.h) must read
// exactly as when parsed whole: the same tree, or the same messages.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "error_text.h"
#include "yaml_compare.h"
#include "yaml_tree.h"

namespace {

std::optional<plankit::YamlDocument> parse(std::string_view text, unsigned threads, plankit::Diagnostics& diags) {
    plankit::YamlLimits limits;
    limits.threads = threads;
    limits.split_bytes = 0;  // cut whatever the size
    return plankit::parse_yaml(text, std::make_shared<const std::string>("f.yaml"), diags, limits);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    plankit::Diagnostics whole_diags, cut_diags;
    auto whole = parse(text, 1, whole_diags);
    auto cut = parse(text, 3, cut_diags);
    if (plankit::format_errors(whole_diags, plankit::Lang::en) != plankit::format_errors(cut_diags, plankit::Lang::en)) __builtin_trap();
    if (whole.has_value() != cut.has_value()) __builtin_trap();
    if (whole && !plankit::testing::same_tree(*whole->root, *cut->root)) __builtin_trap();
    return 0;
}
