// Reading a plan file (and its includes) into the model, checking every rule of
// plan-format.md and readings.md; every problem becomes a located Diagnostic.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "diagnostics.h"
#include "file_source.h"
#include "model.h"

namespace plankit {

struct LoadOptions {
    std::uint64_t max_input_bytes = 256ull << 20;  // --max-input-mib
};

// The plan, or nullopt when `diags` holds errors. `path` is shown in messages as given.
std::optional<Plan> load_plan(const std::string& path, Diagnostics& diags,
                              const LoadOptions& opts = {});
// The same, reading files (the plan and its includes) through `files`.
std::optional<Plan> load_plan(const std::string& path, const FileSource& files,
                              Diagnostics& diags, const LoadOptions& opts = {});

}  // namespace plankit
