// Fuzz target: the progress loader (YAML and CSV) against the seed plan. The input's
// first file is `progress.yaml`; a marker line `#@ NAME.csv` starts a CSV file. Each file
// is loaded on its own, then all together.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "error_text.h"
#include "file_source.h"
#include "fuzz_input.h"
#include "fuzz_seed_plan.h"
#include "plan_loader.h"
#include "progress_loader.h"

namespace {

void load(const std::vector<std::string>& paths, const plankit::FileSource& files) {
    plankit::Diagnostics diags;
    plankit::LoadOptions opts;
    opts.max_input_bytes = 1 << 20;
    auto progress = plankit::load_progress(plankit::fuzz::seed_plan(), paths, files, diags, opts);
    if (progress.has_value() == !diags.empty()) __builtin_trap();
    (void)plankit::format_errors(diags, plankit::Lang::en);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    plankit::MemoryFiles files;
    std::vector<std::string> paths;
    for (auto& [name, bytes] : plankit::fuzz::split_files(data, size, "progress.yaml")) {
        paths.push_back(name);
        files.add(name, std::move(bytes));
    }
    for (const auto& path : paths) load({path}, files);
    if (paths.size() > 1) load(paths, files);
    return 0;
}
