#include "model.h"

namespace plankit {

const char* to_string(Status s) {
    switch (s) {
        case Status::done: return "done";
        case Status::on_track: return "on_track";
        case Status::delayed: return "delayed";
        case Status::not_started: return "not_started";
        case Status::blocked: return "blocked";
        case Status::cancelled: return "cancelled";
    }
    return "?";
}

std::optional<Status> parse_status(const std::string& text) {
    for (int i = 0; i < kStatusCount; ++i) {
        auto s = static_cast<Status>(i);
        if (text == to_string(s)) return s;
    }
    return std::nullopt;
}

namespace {

// The words the forms and reports of a Chinese plan show (cycle.md, "Forms").
constexpr const char* kChinese[kStatusCount] = {"已完成", "按计划推进", "滞后", "未启动", "受阻", "已取消"};

}  // namespace

const char* status_word_zh(Status s) { return kChinese[static_cast<int>(s)]; }

std::optional<Status> parse_status_word(const std::string& text) {
    if (auto s = parse_status(text)) return s;
    for (int i = 0; i < kStatusCount; ++i)
        if (text == kChinese[i]) return static_cast<Status>(i);
    return std::nullopt;
}

}  // namespace plankit
