// Loading progress records: the paths expanded into files (readings.md item 32), each
// file read as CSV or YAML, every record checked against the plan and against the
// records before it (item 33).
#include "progress_loader.h"

#include <algorithm>

#include "display_text.h"
#include "file_paths.h"
#include "progress_reader.h"

namespace plankit {
namespace progress_reader {

namespace {

// The items' ids by position; the plan outlives the index, which holds views of them.
IdIndex index_of(const auto& items) {
    IdIndex index;
    index.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) index.insert(items[i].id, i);  // the first wins
    return index;
}

}  // namespace

PlanIndex::PlanIndex(const Plan& plan)
    : targets_(index_of(plan.targets)), tasks_(index_of(plan.tasks)), units_(index_of(plan.units)),
      target_count_(plan.targets.size()), composite_(plan.tasks.size(), false), additive_(plan.targets.size()),
      allocated_(plan.targets.size()) {
    for (const auto& t : plan.tasks)
        if (t.parent)
            if (auto parent = tasks_.find(*t.parent)) composite_[*parent] = true;
    for (std::size_t i = 0; i < plan.targets.size(); ++i) {
        additive_[i] = plan.targets[i].additive;
        auto& units = allocated_[i];
        for (const auto& a : plan.targets[i].allocations) units.push_back(a.unit);
        std::sort(units.begin(), units.end());
        units.erase(std::unique(units.begin(), units.end()), units.end());
    }
}

bool PlanIndex::allocated(std::size_t target, std::string_view unit) const {
    const auto& units = allocated_[target];
    return std::binary_search(units.begin(), units.end(), unit);
}

bool check_contribution(const PlanIndex& plan, std::size_t target, std::string_view target_id,
                        std::string_view unit, const Location& at, Diagnostics& diags) {
    if (!plan.additive(target)) {
        diags.error(at, say("not_additive", {quoted_text(target_id)}));
        return false;
    }
    if (!plan.allocated(target, unit)) {
        diags.error(at, say("no_allocation", {quoted_text(unit), quoted_text(target_id)}));
        return false;
    }
    return true;
}

std::optional<std::size_t> check_target_id(const PlanIndex& plan, std::string_view id,
                                           const Location& at, Diagnostics& diags) {
    if (auto known = plan.target(id)) return known;
    diags.error(at, say(plan.task(id) ? "no_target_is_task" : "no_target", {quoted_text(id)}));
    return std::nullopt;
}

std::optional<std::size_t> check_task_id(const PlanIndex& plan, std::string_view id,
                                         const Location& at, Diagnostics& diags) {
    auto known = plan.task(id);
    if (!known) {
        diags.error(at, say(plan.target(id) ? "no_task_is_target" : "no_task", {quoted_text(id)}));
        return std::nullopt;
    }
    if (plan.composite(*known)) {
        diags.error(at, say("composite_task", {quoted_text(id)}));
        return std::nullopt;
    }
    return known;
}

std::optional<std::string> read_progress_file(const FileSource& files, const std::string& path,
                                              const std::shared_ptr<const std::string>& shown, Diagnostics& diags,
                                              std::uint64_t max_input_bytes) {
    diags.note_file(path);
    FileRead read = files.read(path, max_input_bytes);
    if (!read.bytes) diags.error(Location{shown, 1, 1}, say("cannot_read", {display_text(path), read.error}));
    return std::move(read.bytes);
}

namespace {

std::vector<std::string> status_words() {
    std::vector<std::string> words;
    for (int i = 0; i < kStatusCount; ++i) words.emplace_back(to_string(static_cast<Status>(i)));
    return words;
}

// A progress of 2 to 100 was most likely meant as a percentage.
bool looks_like_percent(double value) { return value >= 2 && value <= 100; }

}  // namespace

std::string unknown_status_message(std::string_view text) {
    const auto words = status_words();
    std::string msg = "unknown status " + quoted_text(text) + "; expected ";
    for (std::size_t i = 0; i < words.size(); ++i)
        msg += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
    if (auto near = nearest_word(text, words)) msg += " (did you mean `" + *near + "`?)";
    return msg;
}

Message unknown_status(std::string_view text) {
    const auto words = status_words();
    std::string list;  // the words as YAML writes them, the same in every language
    for (std::size_t i = 0; i + 1 < words.size(); ++i) list += (i == 0 ? "" : ", ") + words[i];
    if (auto near = nearest_word(text, words))
        return say("unknown_status_near", {quoted_text(text), list, words.back(), *near});
    return say("unknown_status", {quoted_text(text), list, words.back()});
}

std::string progress_range_message(std::string_view text, double value) {
    std::string msg = "`progress` must be a number from 0 to 1, found " + display_text(text);
    if (looks_like_percent(value)) msg += " (a share: write 0.7 for 70%)";
    return msg;
}

Message progress_range(std::string_view text, double value) {
    return say(looks_like_percent(value) ? "progress_percent" : "progress_range", {display_text(text)});
}

bool check_unit(const PlanIndex& plan, std::string_view id, const Location& at, Diagnostics& diags) {
    if (plan.has_unit(id)) return true;
    diags.error(at, say("no_unit", {quoted_text(id)}));
    return false;
}

namespace {

constexpr int kFirstYear = 1900, kYears = 2200 - 1900 + 1;

}  // namespace

FirstRecords::FirstRecords(std::size_t ids) : seen_((ids * kYears + 63) / 64, 0) {}

std::uint64_t FirstRecords::key(std::size_t id, int year) {
    return static_cast<std::uint64_t>(id) * kYears + static_cast<std::uint64_t>(year - kFirstYear);
}

std::optional<std::size_t> FirstRecords::add(std::uint64_t key, std::size_t index,
                                             const std::function<std::uint64_t(std::size_t)>& key_of) {
    std::uint64_t& word = seen_[key / 64];
    std::uint64_t bit = std::uint64_t{1} << (key % 64);
    if (!(word & bit)) {
        word |= bit;
        if (first_) first_->emplace(key, index);
        return std::nullopt;
    }
    if (!first_) {
        // The first duplicate: index every earlier record once, keeping the first of a key.
        first_.emplace();
        for (std::size_t i = 0; i < index; ++i) first_->emplace(key_of(i), i);
    }
    return first_->at(key);
}

namespace {

template <class Record, class Find>
void add_once(std::vector<Record>& records, FirstRecords& first, Record record, std::size_t id,
              std::string_view kind, Find&& find, Diagnostics& diags) {
    auto key_of = [&](std::size_t i) { return FirstRecords::key(*find(records[i].id), records[i].year); };
    auto earlier = first.add(FirstRecords::key(id, record.year), records.size(), key_of);
    if (!earlier) {
        records.push_back(std::move(record));
        return;
    }
    diags.error(record.loc, say("second_record", {say("kind." + std::string(kind)), quoted_text(record.id),
                                                  std::to_string(record.year),
                                                  display_text(to_string(records[*earlier].loc))}));
}

}  // namespace

void RecordSet::add(TargetRecord record, std::size_t id, Diagnostics& diags) {
    add_once(progress.targets, first_target_, std::move(record), id, "target",
             [&](const std::string& s) { return plan_.target(s); }, diags);
}

void RecordSet::add(TaskRecord record, std::size_t id, Diagnostics& diags) {
    add_once(progress.tasks, first_task_, std::move(record), id, "task",
             [&](const std::string& s) { return plan_.task(s); }, diags);
}

void RecordSet::add(ContributionRecord record, std::size_t id, Diagnostics& diags) {
    auto [it, fresh] = first_contribution_.try_emplace({id, record.year, record.unit}, progress.contributions.size());
    if (fresh) {
        progress.contributions.push_back(std::move(record));
        return;
    }
    diags.error(record.loc, say("second_contribution", {quoted_text(record.unit), quoted_text(record.id),
                                                        std::to_string(record.year),
                                                        display_text(to_string(progress.contributions[it->second].loc))}));
}

}  // namespace progress_reader

namespace {

using progress_reader::PlanIndex;
using progress_reader::RecordSet;

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The header of the forms' index.csv (lib/app/forms_folder.cpp writes it).
constexpr std::string_view kFormsIndexHeader = "unit,name,file,rows,targets,contributions,tasks\r\n";

bool is_progress_file_name(const std::string& name) {
    return ends_with(name, ".yaml") || ends_with(name, ".yml") || ends_with(name, ".csv") || ends_with(name, ".xlsx");
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
            diags_.error(Location{shown, 0, 0}, say("no_such_path"));
        }
    }

    Progress take() { return std::move(records_.progress); }

private:
    // A folder's progress files in code-point order (readings.md item 32). A folder without
    // any is a mistake (a wrong path, files not yet collected), not a year with nothing
    // done (item 79).
    void read_folder(const std::string& dir) {
        std::vector<std::string> names = files_.list(dir);
        std::erase_if(names, [](const std::string& n) { return !is_progress_file_name(n); });
        std::erase_if(names, [&](const std::string& n) { return is_forms_index(join_path(dir, n)); });
        if (names.empty()) {
            diags_.error(Location{std::make_shared<const std::string>(dir), 0, 0},
                         say("no_progress_files", {dir}));
            return;
        }
        std::sort(names.begin(), names.end());
        for (const auto& name : names) read_file(join_path(dir, name));
    }

    // The index.csv that `plankit forms` writes beside the forms (cycle.md, "Forms"): a
    // folder of forms sent back is read as it is, the list of forms left out.
    bool is_forms_index(const std::string& path) const {
        if (!ends_with(path, "/index.csv") && path != "index.csv") return false;
        FileRead read = files_.read(path, opts_.max_input_bytes);
        if (!read.bytes) return false;
        std::string_view text = *read.bytes;
        if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
        return text.starts_with(kFormsIndexHeader);
    }

    void read_file(const std::string& path) {
        records_.progress.files.push_back(path);
        if (ends_with(path, ".csv"))
            progress_reader::read_csv_records(files_, path, index_, records_, diags_, opts_.max_input_bytes);
        else if (ends_with(path, ".xlsx"))
            progress_reader::read_xlsx_records(files_, path, index_, records_, diags_, opts_.max_input_bytes);
        else
            progress_reader::read_yaml_records(files_, path, index_, records_, diags_, opts_.max_input_bytes);
    }

    PlanIndex index_;
    const FileSource& files_;
    Diagnostics& diags_;
    const LoadOptions& opts_;
    RecordSet records_{index_};
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
