// Reading progress records (plan-format.md, "Progress records"; readings.md section B)
// from YAML and CSV files and folders, checked against the plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "file_source.h"
#include "model.h"
#include "plan_loader.h"
#include "progress.h"

namespace plankit {

// Every record of every path (files, or folders meaning their *.yaml, *.yml and *.csv
// files in code-point order), or nullopt when `diags` holds errors.
std::optional<Progress> load_progress(const Plan& plan, const std::vector<std::string>& paths,
                                      Diagnostics& diags, const LoadOptions& opts = {});
std::optional<Progress> load_progress(const Plan& plan, const std::vector<std::string>& paths,
                                      const FileSource& files, Diagnostics& diags,
                                      const LoadOptions& opts = {});

}  // namespace plankit
