// The plan as the plan file states it (plan-format.md), plus each task's effective
// (inherited) attributes, which the loader resolves once after checking parent loops.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "location.h"

namespace plankit {

struct YearValue {
    int year = 0;
    double value = 0;
    Location loc;  // the `{year, value}` mapping
};

struct Unit {
    std::string id;
    std::string name;
    std::string kind;
    std::optional<std::string> parent;
    std::vector<std::string> aliases;
    Location loc;         // where the unit's mapping starts
    Location parent_loc;  // the `parent` value
};

struct Goal {
    std::string id;
    std::string title;
    std::string description;
    double weight = 1;
    Location loc;
};

struct Chapter {
    std::string id;
    std::string title;
    double weight = 1;
    Location loc;
};

enum class Direction { increase, decrease };
enum class TargetKind { expected, binding };
enum class TrajectoryKind { linear, geometric };

struct Allocation {
    std::string unit;
    double value = 0;
    int year = 0;  // resolved: the given year, or the last milestone year <= period.end
    Location loc;
};

struct Target {
    std::string id;
    std::string name;
    std::optional<std::string> goal;
    std::optional<std::string> measure;
    Direction direction = Direction::increase;
    TargetKind kind = TargetKind::expected;
    bool additive = false;
    std::optional<YearValue> baseline;
    std::vector<YearValue> milestones;  // years strictly increasing (checked on load)
    TrajectoryKind trajectory = TrajectoryKind::linear;
    std::vector<Allocation> allocations;
    std::optional<std::string> owner;
    double weight = 1;
    std::optional<std::string> source;
    std::vector<YearValue> history;
    std::optional<std::string> text;
    Location loc;
};

struct TaskMilestone {
    int year = 0;
    std::string text;
    std::optional<std::string> target;
    std::optional<double> value;
    Location loc;  // the milestone's mapping
};

// A task's attributes after inheritance from its parent chain (plan-format.md, tasks).
struct EffectiveTask {
    std::optional<std::string> chapter;
    std::vector<std::string> goals;
    std::vector<std::string> targets;
    std::vector<std::string> lead;  // the first is the primary lead
    std::vector<std::string> support;
    int start = 0;
    int end = 0;
};

struct Task {
    std::string id;
    std::string title;
    // What the file says; nullopt when the key is absent (inherit from the parent).
    std::optional<std::string> chapter;
    std::optional<std::string> parent;
    std::optional<std::vector<std::string>> goals;
    std::optional<std::vector<std::string>> targets;
    std::optional<std::vector<std::string>> lead;
    std::optional<std::vector<std::string>> support;
    std::vector<std::string> depends_on;
    std::vector<Location> depends_on_locs;  // one per depends_on entry
    std::optional<int> start;
    std::optional<int> end;
    std::vector<TaskMilestone> milestones;
    double weight = 1;
    std::optional<std::string> text;
    Location loc;
    Location parent_loc;

    EffectiveTask eff;  // filled by the loader
};

enum class Status { done, on_track, delayed, not_started, blocked, cancelled };
inline constexpr int kStatusCount = 6;
const char* to_string(Status s);
std::optional<Status> parse_status(const std::string& text);
// The same, or the status's Chinese word (已完成, 按计划推进, 滞后, 未启动, 受阻, 已取消).
std::optional<Status> parse_status_word(const std::string& text);
// The status's Chinese word, as parse_status_word reads it.
const char* status_word_zh(Status s);

struct RatingBand {
    double min = 0;
    std::string label;
};

// The `scoring` block with the defaults of readings.md item 12.
struct Scoring {
    double weight_targets = 40;
    double weight_tasks = 60;
    double support_factor = 0.5;
    // Indexed by Status; `cancelled` is never scored and keeps 0.
    std::array<double, kStatusCount> status_points{100, 80, 50, 0, 0, 0};
    double missing_task_points = 0;
    double light_green = 1.0;
    double light_yellow = 0.8;
    std::vector<RatingBand> ratings;  // filled with the defaults (en or zh) when absent
    // The ratings are the defaults of readings.md item 12, not the plan's own: their words
    // then follow the output language (with_default_ratings, words of `rating.*`).
    bool default_ratings = false;
    std::optional<int> max_lead_tasks;

    double points(Status s) const { return status_points[static_cast<int>(s)]; }
};

struct Plan {
    std::string id;
    std::string title;
    std::optional<std::string> issuer;
    std::optional<std::string> document;
    std::optional<std::string> issued;
    std::string locale = "en";
    int start = 0;  // plan.period
    int end = 0;
    std::optional<int> vision;
    Location loc;  // the `plan` mapping

    Scoring scoring;
    std::vector<Unit> units;
    std::vector<Goal> goals;
    std::vector<Chapter> chapters;
    std::vector<Target> targets;
    std::vector<Task> tasks;  // in file order (main file, then includes depth first)

    std::string source;  // the plan file as named on the command line
    std::vector<std::string> files;  // every file read: the plan, then its includes
};

}  // namespace plankit
