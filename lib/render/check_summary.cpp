#include "check_summary.h"

#include <fmt/format.h>

namespace plankit {

std::string check_summary_text(const Plan& plan, Lang lang) {
    return fmt::format(fmt::runtime(label(lang, "check.summary")), plan.id, plan.units.size(), plan.goals.size(),
                       plan.chapters.size(), plan.targets.size(), plan.tasks.size()) +
           "\n";
}

}  // namespace plankit
