// Plans and records built in code for the score tests, so each test states its inputs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model.h"
#include "progress.h"

namespace plankit::testing {

// A plan for 2021..2025 with the default scoring (ratings 90/80/60/0).
inline Plan score_plan() {
    Plan p;
    p.id = "p";
    p.title = "Plan";
    p.start = 2021;
    p.end = 2025;
    p.scoring.ratings = {{90, "excellent"}, {80, "good"}, {60, "pass"}, {0, "fail"}};
    return p;
}

// A target with a linear trajectory from `base` to the given milestones.
inline Target make_target(std::string id, YearValue base, std::vector<YearValue> milestones,
                          Direction direction = Direction::increase) {
    Target t;
    t.id = std::move(id);
    t.name = t.id;
    t.baseline = base;
    t.milestones = std::move(milestones);
    t.direction = direction;
    return t;
}

// A task active 2021..2025 whose effective attributes are the ones given (the loader
// would inherit them; here the test states them).
inline Task make_task(std::string id, std::optional<std::string> parent = std::nullopt, double weight = 1,
                      std::vector<std::string> lead = {}, std::vector<std::string> depends_on = {}) {
    Task t;
    t.id = std::move(id);
    t.title = "task " + t.id;
    t.parent = std::move(parent);
    t.weight = weight;
    t.eff.lead = std::move(lead);
    t.depends_on = std::move(depends_on);
    t.eff.start = 2021;
    t.eff.end = 2025;
    return t;
}

inline TaskRecord task_record(std::string id, int year, Status status,
                              std::optional<double> progress = std::nullopt) {
    TaskRecord r;
    r.id = std::move(id);
    r.year = year;
    r.status = status;
    r.progress = progress;
    return r;
}

inline TargetRecord target_record(std::string id, int year, double value) {
    TargetRecord r;
    r.id = std::move(id);
    r.year = year;
    r.value = value;
    return r;
}

}  // namespace plankit::testing
