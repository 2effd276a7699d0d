// The progress loader's inner parts, shared by its source files: the plan's ids indexed
// for lookups, the records gathered so far (with the duplicate check across files), and
// the two file readers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <tuple>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics.h"
#include "file_source.h"
#include "id_index.h"
#include "model.h"
#include "progress.h"

namespace plankit::progress_reader {

// The plan's target, task and unit ids, indexed once.
class PlanIndex {
public:
    explicit PlanIndex(const Plan& plan);

    // The target's position in `plan.targets`, or nullopt.
    std::optional<std::size_t> target(std::string_view id) const { return targets_.find(id); }
    // The task's position in `plan.tasks`, or nullopt.
    std::optional<std::size_t> task(std::string_view id) const { return tasks_.find(id); }
    // True for a task that has subtasks (some task names it as `parent`).
    bool composite(std::size_t task) const { return composite_[task]; }
    // True for an id of `plan.units`.
    bool has_unit(std::string_view id) const { return units_.find(id).has_value(); }
    // True for an additive target.
    bool additive(std::size_t target) const { return additive_[target]; }
    // True when `unit` holds an allocation of the target in any year.
    bool allocated(std::size_t target, std::string_view unit) const;
    std::size_t target_count() const { return target_count_; }
    std::size_t task_count() const { return composite_.size(); }

private:
    // Millions of CSV rows look their ids up: open addressing, not a node-based map.
    IdIndex targets_, tasks_, units_;
    std::size_t target_count_ = 0;
    std::vector<bool> composite_;  // by task
    std::vector<bool> additive_;   // by target
    std::vector<std::vector<std::string>> allocated_;  // by target: its allocation units, sorted
};

// Checks a record's id against the plan (unknown ids, composite tasks), reporting at `at`;
// returns the id's position in the plan's list when the record may be kept.
std::optional<std::size_t> check_target_id(const PlanIndex& plan, std::string_view id,
                                           const Location& at, Diagnostics& diags);
std::optional<std::size_t> check_task_id(const PlanIndex& plan, std::string_view id,
                                         const Location& at, Diagnostics& diags);
// Checks that a contribution's target is additive and that its unit holds an allocation
// of it, reporting at `at` (cycle.md, "Contributions").
bool check_contribution(const PlanIndex& plan, std::size_t target, std::string_view target_id,
                        std::string_view unit, const Location& at, Diagnostics& diags);
// Checks a unit id against the plan, reporting at `at`.
bool check_unit(const PlanIndex& plan, std::string_view id, const Location& at, Diagnostics& diags);
// The message for a status that is none of the six, with a suggestion when one is close.
Message unknown_status(std::string_view text);
// The message for a `progress` outside [0, 1]; `text` is the value as written.
Message progress_range(std::string_view text, double value);
// The same two in English, for the CSV reader until its messages are codes too.
std::string unknown_status_message(std::string_view text);
std::string progress_range_message(std::string_view text, double value);

// Which (year, id) pairs of one kind have a record, and where the first one is (readings.md
// item 33). A bit per pair answers the common case; the positions of first records are
// gathered only once a duplicate shows up, so clean input pays for no map.
class FirstRecords {
public:
    explicit FirstRecords(std::size_t ids);

    // The pair's key: `id` is a plan position, `year` within 1900..2200.
    static std::uint64_t key(std::size_t id, int year);
    // Notes record `index` under `key`; returns the index of an earlier record with that
    // key, if any. `key_of(i)` gives the key of an earlier record i.
    std::optional<std::size_t> add(std::uint64_t key, std::size_t index,
                                   const std::function<std::uint64_t(std::size_t)>& key_of);

private:
    std::vector<std::uint64_t> seen_;  // one bit per key
    std::optional<std::unordered_map<std::uint64_t, std::size_t>> first_;
};

// The records read so far, each (year, kind, id) once.
class RecordSet {
public:
    explicit RecordSet(const PlanIndex& plan)
        : plan_(plan), first_target_(plan.target_count()), first_task_(plan.task_count()) {}

    // Keeps `record` unless an earlier one has its year and id; `id` is its plan position.
    void add(TargetRecord record, std::size_t id, Diagnostics& diags);
    void add(TaskRecord record, std::size_t id, Diagnostics& diags);
    // Keeps `record` unless an earlier one has its year, target and unit.
    void add(ContributionRecord record, std::size_t id, Diagnostics& diags);

    Progress progress;

private:
    const PlanIndex& plan_;
    FirstRecords first_target_, first_task_;
    // (target position, year, unit) of each contribution kept, and where it is: few per
    // target, so a map is cheap.
    std::map<std::tuple<std::size_t, int, std::string>, std::size_t> first_contribution_;
};

// The bytes of one progress file (noted in `diags` as read), or nullopt with the error
// at `shown:1:1`.
std::optional<std::string> read_progress_file(const FileSource& files, const std::string& path,
                                              const std::shared_ptr<const std::string>& shown, Diagnostics& diags,
                                              std::uint64_t max_input_bytes);

// Reads the records of one YAML progress file (plan-format.md, "Progress records").
void read_yaml_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                       RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes);
// Reads the records of one CSV progress file (readings.md item 31).
void read_csv_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                      RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes);
// Reads the records of the first sheet of one .xlsx progress file (cycle.md, "Forms").
void read_xlsx_records(const FileSource& files, const std::string& path, const PlanIndex& plan,
                       RecordSet& records, Diagnostics& diags, std::uint64_t max_input_bytes);

}  // namespace plankit::progress_reader
