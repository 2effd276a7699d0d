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

}  // namespace plankit
