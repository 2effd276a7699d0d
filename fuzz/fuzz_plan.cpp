// Fuzz target: the plan loader, with includes served from memory. Whatever the bytes, it
// must return a plan or located errors: never crash, hang or read out of bounds.
#include <cstddef>
#include <cstdint>

#include "error_text.h"
#include "file_source.h"
#include "fuzz_input.h"
#include "plan_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    plankit::MemoryFiles files;
    for (auto& [name, bytes] : plankit::fuzz::split_files(data, size, "plan.yaml"))
        files.add(name, std::move(bytes));
    plankit::Diagnostics diags;
    plankit::LoadOptions opts;
    opts.max_input_bytes = 1 << 20;
    auto plan = plankit::load_plan("plan.yaml", files, diags, opts);
    // A plan comes with no errors, and errors come with no plan.
    if (plan.has_value() == !diags.empty()) __builtin_trap();
    (void)plankit::format_errors(diags, plankit::Lang::en);
    return 0;
}
