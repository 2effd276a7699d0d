// Progress records (plan-format.md, "Progress records"): what units report for a year.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "location.h"
#include "model.h"

namespace plankit {

struct TargetRecord {
    std::string id;
    int year = 0;
    double value = 0;
    std::optional<std::string> unit;
    std::optional<std::string> source;
    std::optional<std::string> note;
    std::optional<std::string> submitted;  // the file's `submitted` date, as written
    Location loc;  // where the record starts
};

struct TaskRecord {
    std::string id;
    int year = 0;
    Status status = Status::not_started;
    std::optional<double> progress;
    std::optional<std::string> unit;
    std::optional<std::string> note;
    std::optional<std::string> submitted;  // the file's `submitted` date, as written
    Location loc;
};

// One unit's own part of an additive, allocated target in a year (cycle.md,
// "Contributions"): the units report their parts, the target's actual is their sum.
struct ContributionRecord {
    std::string id;    // the target
    std::string unit;  // the unit reporting, one that holds an allocation of the target
    int year = 0;
    double value = 0;
    std::optional<std::string> source;
    std::optional<std::string> note;
    std::optional<std::string> submitted;  // the file's `submitted` date, as written
    Location loc;
};

// Every record read, in file order then record order.
struct Progress {
    std::vector<TargetRecord> targets;
    std::vector<TaskRecord> tasks;
    std::vector<ContributionRecord> contributions;
    std::vector<std::string> files;  // every file read, as named or found in a folder
};

}  // namespace plankit
