// The progress loader's inner parts, shared by its source files: the plan's ids indexed
// for lookups, the records gathered so far (with the duplicate check across files), and
// the two file readers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "diagnostics.h"
#include "file_source.h"
#include "model.h"
#include "progress.h"

namespace plankit::progress_reader {

// The plan's target, task and unit ids, indexed once; views of the plan's own strings.
class PlanIndex {
public:
    explicit PlanIndex(const Plan& plan);

    // The plan's own copy of a target id (stable, for keys), or nullopt.
    std::optional<std::string_view> target(std::string_view id) const;
    // The plan's own copy of a task id, or nullopt.
    std::optional<std::string_view> task(std::string_view id) const;
    // True for a task that has subtasks (some task names it as `parent`).
    bool composite(std::string_view task_id) const { return composites_.count(task_id) != 0; }
    bool has_unit(std::string_view id) const { return units_.count(id) != 0; }

private:
    std::unordered_set<std::string_view> targets_, tasks_, units_, composites_;
};

// Checks a record's id against the plan (unknown ids, composite tasks), reporting at `at`;
// returns the plan's copy of the id when the record may be kept.
std::optional<std::string_view> check_target_id(const PlanIndex& plan, std::string_view id,
                                                const Location& at, Diagnostics& diags);
std::optional<std::string_view> check_task_id(const PlanIndex& plan, std::string_view id,
                                              const Location& at, Diagnostics& diags);
// Checks a unit id against the plan, reporting at `at`.
bool check_unit(const PlanIndex& plan, std::string_view id, const Location& at, Diagnostics& diags);

// What makes two records the same (readings.md item 33), with the kind kept apart by
// holding targets and tasks in separate tables.
struct RecordKey {
    int year = 0;
    std::string_view id;  // the plan's copy, so keys own nothing
    bool operator==(const RecordKey&) const = default;
};

struct RecordKeyHash {
    std::size_t operator()(const RecordKey& k) const {
        return std::hash<std::string_view>{}(k.id) * 31u + static_cast<std::size_t>(k.year);
    }
};

// Index of the first record of each key.
using FirstRecords = std::unordered_map<RecordKey, std::size_t, RecordKeyHash>;

// The records read so far, each (year, kind, id) once (readings.md item 33).
class RecordSet {
public:
    // Keeps `record` unless an earlier one has its year and id; `id` is the plan's copy.
    void add(TargetRecord record, std::string_view id, Diagnostics& diags);
    void add(TaskRecord record, std::string_view id, Diagnostics& diags);

    Progress progress;

private:
    FirstRecords first_target_, first_task_;
};

// Reads the records of one YAML progress file (plan-format.md, "Progress records").
void read_yaml_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                       RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes);
// Reads the records of one CSV progress file (readings.md item 31).
void read_csv_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                      RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes);

}  // namespace plankit::progress_reader
