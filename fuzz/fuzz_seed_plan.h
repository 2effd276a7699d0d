// The plan the progress fuzz targets check their records against: the seed plan, loaded
// once (a plan that does not load is the build's fault, not the input's).
#pragma once

#include <cstdio>
#include <cstdlib>

#include "error_text.h"
#include "plan_loader.h"

namespace plankit::fuzz {

inline const Plan& seed_plan() {
    static const Plan plan = [] {
        Diagnostics diags;
        auto loaded = load_plan(PLANKIT_FUZZ_PLAN, diags);
        if (!loaded) {
            std::fputs(format_errors(diags, Lang::en).c_str(), stderr);
            std::abort();
        }
        return *loaded;
    }();
    return plan;
}

}  // namespace plankit::fuzz
