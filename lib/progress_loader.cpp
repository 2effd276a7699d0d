// Loading progress records: the paths expanded into files (readings.md item 32), each
// file read as CSV or YAML, every record checked against the plan and against the
// records before it (item 33).
#include "progress_loader.h"

#include <algorithm>

#include "display_text.h"
#include "progress_reader.h"

namespace plankit {
namespace progress_reader {

PlanIndex::PlanIndex(const Plan& plan) {
    targets_.reserve(plan.targets.size());
    for (const auto& t : plan.targets) targets_.insert(t.id);
    tasks_.reserve(plan.tasks.size());
    for (const auto& t : plan.tasks) {
        tasks_.insert(t.id);
        if (t.parent) composites_.insert(*t.parent);
    }
    for (const auto& u : plan.units) units_.insert(u.id);
}

std::optional<std::string_view> PlanIndex::target(std::string_view id) const {
    auto it = targets_.find(id);
    if (it == targets_.end()) return std::nullopt;
    return *it;
}

std::optional<std::string_view> PlanIndex::task(std::string_view id) const {
    auto it = tasks_.find(id);
    if (it == tasks_.end()) return std::nullopt;
    return *it;
}

std::optional<std::string_view> check_target_id(const PlanIndex& plan, std::string_view id,
                                                const Location& at, Diagnostics& diags) {
    if (auto known = plan.target(id)) return known;
    std::string msg = "no target " + quoted_text(id) + " in the plan";
    if (plan.task(id)) msg += " (" + quoted_text(id) + " is a task)";
    diags.error(at, msg);
    return std::nullopt;
}

std::optional<std::string_view> check_task_id(const PlanIndex& plan, std::string_view id,
                                              const Location& at, Diagnostics& diags) {
    auto known = plan.task(id);
    if (!known) {
        std::string msg = "no task " + quoted_text(id) + " in the plan";
        if (plan.target(id)) msg += " (" + quoted_text(id) + " is a target)";
        diags.error(at, msg);
        return std::nullopt;
    }
    if (plan.composite(id)) {
        diags.error(at, "task " + quoted_text(id) +
                            " has subtasks: progress is reported for its leaf tasks, not for it");
        return std::nullopt;
    }
    return known;
}

bool check_unit(const PlanIndex& plan, std::string_view id, const Location& at, Diagnostics& diags) {
    if (plan.has_unit(id)) return true;
    diags.error(at, "no unit " + quoted_text(id) + " in the plan");
    return false;
}

namespace {

template <class Record>
void add_once(std::vector<Record>& records, FirstRecords& first,
              Record record, std::string_view id, const char* kind, Diagnostics& diags) {
    auto [it, inserted] = first.try_emplace(RecordKey{record.year, id}, records.size());
    if (!inserted) {
        const Location& earlier = records[it->second].loc;
        diags.error(record.loc, "a second record for " + std::string(kind) + " " + quoted_text(id) +
                                    " in " + std::to_string(record.year) + "; the first is at " +
                                    display_text(to_string(earlier)));
        return;
    }
    records.push_back(std::move(record));
}

}  // namespace

void RecordSet::add(TargetRecord record, std::string_view id, Diagnostics& diags) {
    add_once(progress.targets, first_target_, std::move(record), id, "target", diags);
}

void RecordSet::add(TaskRecord record, std::string_view id, Diagnostics& diags) {
    add_once(progress.tasks, first_task_, std::move(record), id, "task", diags);
}

}  // namespace progress_reader

namespace {

using progress_reader::PlanIndex;
using progress_reader::RecordSet;

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_progress_file_name(const std::string& name) {
    return ends_with(name, ".yaml") || ends_with(name, ".yml") || ends_with(name, ".csv");
}

std::string join(const std::string& dir, const std::string& name) {
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

class ProgressFiles {
public:
    ProgressFiles(const Plan& plan, const FileSource& files, Diagnostics& diags, const LoadOptions& opts)
        : index_(plan), files_(files), diags_(diags), opts_(opts) {}

    void read_path(const std::string& path) {
        if (files_.is_directory(path)) {
            read_folder(path);
        } else if (files_.exists(path)) {
            read_file(path);
        } else {
            auto shown = std::make_shared<const std::string>(path);
            diags_.error(Location{shown, 0, 0}, "no such file or folder");
        }
    }

    Progress take() { return std::move(records_.progress); }

private:
    // A folder's progress files in code-point order (readings.md item 32).
    void read_folder(const std::string& dir) {
        std::vector<std::string> names = files_.list(dir);
        std::erase_if(names, [](const std::string& n) { return !is_progress_file_name(n); });
        std::sort(names.begin(), names.end());
        for (const auto& name : names) read_file(join(dir, name));
    }

    void read_file(const std::string& path) {
        records_.progress.files.push_back(path);
        if (ends_with(path, ".csv"))
            progress_reader::read_csv_records(files_, path, index_, records_, diags_, opts_.max_input_bytes);
        else
            progress_reader::read_yaml_records(files_, path, index_, records_, diags_, opts_.max_input_bytes);
    }

    PlanIndex index_;
    const FileSource& files_;
    Diagnostics& diags_;
    const LoadOptions& opts_;
    RecordSet records_;
};

}  // namespace

std::optional<Progress> load_progress(const Plan& plan, const std::vector<std::string>& paths,
                                      Diagnostics& diags, const LoadOptions& opts) {
    DiskFiles disk;
    return load_progress(plan, paths, disk, diags, opts);
}

std::optional<Progress> load_progress(const Plan& plan, const std::vector<std::string>& paths,
                                      const FileSource& files, Diagnostics& diags, const LoadOptions& opts) {
    std::size_t before = diags.size();
    ProgressFiles reader(plan, files, diags, opts);
    for (const auto& path : paths) reader.read_path(path);
    if (diags.size() != before) return std::nullopt;
    return reader.take();
}

}  // namespace plankit
