// Loading a plan and its progress records from text held in the test, through the real
// loaders and an in-memory file source.
#pragma once

#include <utility>

#include <doctest/doctest.h>

#include "file_source.h"
#include "plan_loader.h"
#include "progress_loader.h"

namespace plankit::testing {

struct LoadedInputs {
    Plan plan;
    Progress progress;
};

// Both loads must succeed: the fixtures are valid inputs.
inline LoadedInputs load_from_memory(const char* plan_yaml, const char* progress_yaml) {
    MemoryFiles files;
    files.add("plan.yaml", plan_yaml);
    files.add("progress.yaml", progress_yaml);
    Diagnostics diags;
    auto plan = load_plan("plan.yaml", files, diags);
    REQUIRE(plan);
    auto progress = load_progress(*plan, {"progress.yaml"}, files, diags);
    REQUIRE(progress);
    return {std::move(*plan), std::move(*progress)};
}

}  // namespace plankit::testing
