#include "report_bundle.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "decompose_writers.h"
#include "decomposition.h"
#include "display_text.h"
#include "gaps.h"
#include "gaps_writers.h"
#include "graph_view.h"
#include "graph_writers.h"
#include "history_writers.h"
#include "joined.h"
#include "output_file.h"
#include "plan_graph.h"
#include "report_csv.h"
#include "report_markdown.h"
#include "score_writers.h"

namespace plankit {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

// What each file holds, as report.md lists it (label keys).
const char* description_key(const std::string& name) {
    if (name == "scores.csv") return "report.file.scores";
    if (name == "targets.csv") return "report.file.targets";
    if (name == "tasks.csv") return "report.file.tasks";
    if (name == "gaps.csv") return "report.file.gaps";
    if (name == "decomposition.csv") return "report.file.decomposition";
    if (name == "graph.dot") return "report.file.graph";
    if (name == "history.csv") return "report.file.history";
    if (name == "contributions.csv") return "report.file.contributions";
    return "report.file.summary";
}

bool is_csv(const std::string& name) { return name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0; }

// The absolute, normal form of a path, symlinks resolved as far as the path exists.
fs::path normal_path(const std::string& p) {
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    if (ec) abs = p;
    fs::path canon = fs::weakly_canonical(abs, ec);
    return (ec ? abs : canon).lexically_normal();
}

// Whether `inner` is `outer` or lies somewhere below it.
bool lies_under(const fs::path& inner, const fs::path& outer) {
    auto o = outer.begin(), i = inner.begin();
    for (; o != outer.end(); ++o, ++i) {
        if (o->empty()) continue;  // a trailing separator
        if (i == inner.end() || *i != *o) return false;
    }
    return true;
}

// The folders that `dir` needs and that do not exist yet, deepest last.
std::vector<fs::path> missing_folders(const fs::path& dir) {
    std::vector<fs::path> missing;
    std::error_code ec;
    for (fs::path p = dir; !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
        missing.insert(missing.begin(), p);
        if (p == p.parent_path()) break;
    }
    return missing;
}

void remove_folders(const std::vector<fs::path>& created) {
    std::error_code ec;
    for (auto it = created.rbegin(); it != created.rend(); ++it) fs::remove(*it, ec);
}

}  // namespace

const std::vector<std::string>& report_file_names() {
    static const std::vector<std::string> names = {"report.md", "scores.csv",        "targets.csv",
                                                   "tasks.csv", "gaps.csv",          "decomposition.csv",
                                                   "contributions.csv", "graph.dot", "history.csv",
                                                   "summary.json"};
    return names;
}

ReportBundle make_report(const PlanGraph& graph, const Progress& progress, int year, const ReportOptions& options) {
    const Lang lang = options.lang;
    ReportBundle bundle;
    const bool scenario = !options.assumed.empty();
    bundle.score = scenario ? score_scenario(graph, progress, year, options.assumed)
                            : score_year(graph, progress, year);
    const YearScore& score = bundle.score;
    // The years so far, from the records the score used (assumptions made in a scenario).
    std::optional<History> history;
    if (year > graph.plan().start) {
        history = scenario ? plan_history(graph, with_assumptions(graph, progress, options.assumed, year),
                                          graph.plan().start, year)
                           : plan_history(graph, progress, graph.plan().start, year);
    }
    DecomposeOptions matrix_only;
    matrix_only.workplans = false;
    matrix_only.targets = false;
    std::vector<std::pair<std::string, std::string>> listed;
    const std::string prefix = scenario ? "scenario-" : "";
    const bool contributed = std::any_of(score.targets.begin(), score.targets.end(),
                                         [](const TargetRow& r) { return !r.shares.empty(); });
    // history.csv from the second year on, contributions.csv for a year with contributions.
    auto wanted = [&](const std::string& name) {
        if (name == "history.csv") return history.has_value();
        return name != "contributions.csv" || contributed;
    };
    for (const auto& name : report_file_names()) {
        if (name != "report.md" && wanted(name)) listed.emplace_back(prefix + name, label(lang, description_key(name)));
    }
    for (const auto& name : report_file_names()) {
        if (!wanted(name)) continue;
        std::string content;
        if (name == "report.md") content = report_to_markdown(graph.plan(), score, lang, listed, history ? &*history : nullptr);
        else if (name == "history.csv") content = history_to_csv(*history, lang);
        else if (name == "scores.csv") content = report_scores_csv(score, lang);
        else if (name == "targets.csv") content = report_targets_csv(score, graph.plan(), lang);
        else if (name == "tasks.csv") content = report_tasks_csv(score, graph.plan(), lang);
        else if (name == "contributions.csv") content = report_contributions_csv(score, graph.plan(), lang);
        else if (name == "gaps.csv") content = gaps_to_csv(find_gaps(graph), lang);
        else if (name == "decomposition.csv") content = decompose_to_csv(decompose(graph, matrix_only), DecomposeView::matrix, lang);
        else if (name == "graph.dot") content = graph_to_dot(whole_graph(graph), lang);
        else content = score_to_json(score, lang);
        if (options.bom && is_csv(name)) content = kUtf8Bom + content;
        bundle.files.push_back({prefix + name, std::move(content)});
    }
    return bundle;
}

std::optional<Message> check_report_folder(const std::string& dir, const std::vector<std::string>& inputs,
                                           std::string_view what) {
    const std::string key(what);
    const fs::path folder = normal_path(dir);
    for (const auto& input : inputs) {
        if (same_file(dir, input)) return say(key + "_is_input", {dir, input});
        if (lies_under(normal_path(input), folder)) return say(key + "_holds_input", {dir, input});
    }
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) return say(key + "_not_folder", {dir});
    return std::nullopt;
}

std::optional<Message> write_report(const std::string& dir, const std::vector<ReportFile>& files) {
    std::vector<std::pair<std::string, std::string>> targets;
    std::error_code ec;
    for (const auto& f : files) {
        std::string path = (fs::path(dir) / f.name).string();
        // Checked before anything is written: a rename onto a folder would fail halfway.
        if (fs::is_directory(path, ec)) return say("folder_in_the_way", {path});
        targets.emplace_back(std::move(path), f.content);
    }
    fs::path folder = fs::path(dir).lexically_normal();
    if (!folder.has_filename() && folder.has_parent_path()) folder = folder.parent_path();  // `out/`
    const std::vector<fs::path> created = missing_folders(folder);
    if (!created.empty() && !fs::create_directories(folder, ec) && ec) {
        remove_folders(created);
        return say("cannot_create_folder", {dir, ec.message()});
    }
    // The files part words its own failure (`cannot write PATH: reason`), in English.
    auto error = write_files_atomically(targets);
    if (!error) return std::nullopt;
    remove_folders(created);
    return Message(*error);
}

std::string report_written(const std::string& dir, const std::vector<ReportFile>& files, Lang lang) {
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(f.name);
    std::string line = label(lang, "report.written");
    auto put = [&line](std::string_view key, const std::string& text) {
        if (auto at = line.find(key); at != std::string::npos) line.replace(at, key.size(), text);
    };
    put("{dir}", display_text(dir));
    put("{n}", std::to_string(files.size()));
    put("{files}", joined(names, lang == Lang::zh ? "、" : ", "));
    return "plankit: " + line + "\n";
}

}  // namespace plankit
