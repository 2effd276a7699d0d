// Loading a plan and its progress records from text held in the test, through the real
// loaders and an in-memory file source.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "error_text.h"
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

// Progress records loaded against a plan, with every message as `file:line:col: text`.
struct LoadedProgress {
    std::optional<Progress> progress;
    std::vector<std::string> errors;

    // Whether a message at `where` says `words`.
    bool has(const std::string& where, const std::string& words) const {
        for (const auto& e : errors)
            if (e.rfind(where + ": ", 0) == 0 && e.find(words) != std::string::npos) return true;
        return false;
    }
};

inline LoadedProgress load_progress_from(const Plan& plan, const MemoryFiles& files,
                                         const std::vector<std::string>& paths, LoadOptions opts = {}) {
    Diagnostics diags;
    LoadedProgress out;
    out.progress = load_progress(plan, paths, files, diags, opts);
    for (const auto& d : diags.sorted()) out.errors.push_back(to_string(d.loc) + ": " + message_text(d.message, Lang::en));
    return out;
}

}  // namespace plankit::testing
