// Reading a plan file (and its includes) into the model, checking every rule of
// plan-format.md and readings.md; every problem becomes a located Diagnostic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "diagnostics.h"
#include "file_source.h"
#include "model.h"

namespace plankit {

struct LoadOptions {
    std::uint64_t max_input_bytes = 256ull << 20;  // --max-input-mib
    // Threads that may parse a large plan file in pieces (yaml_cuts.h); 0: one per core
    // the process may run on, 1: every file in one piece.
    unsigned parse_threads = 0;
};

// What a load did that the plan does not show, for the tests of parsing in pieces.
struct LoadStats {
    std::size_t most_pieces = 0;  // the most pieces any one plan file was parsed in
    // The plan's `locale` as far as its header could be read (`en` when it could not),
    // even when the plan has errors: the language of those errors (decisions.md).
    std::string locale = "en";
};

// The plan, or nullopt when `diags` holds errors. `path` is shown in messages as given.
std::optional<Plan> load_plan(const std::string& path, Diagnostics& diags,
                              const LoadOptions& opts = {}, LoadStats* stats = nullptr);
// The same, reading files (the plan and its includes) through `files`.
std::optional<Plan> load_plan(const std::string& path, const FileSource& files,
                              Diagnostics& diags, const LoadOptions& opts = {},
                              LoadStats* stats = nullptr);

}  // namespace plankit
