#include "message.h"

namespace plankit {

Message say(std::string code, std::vector<Message> args) {
    Message m;
    m.code = std::move(code);
    m.args = std::move(args);
    return m;
}

void collect_codes(const Message& message, std::vector<std::string>& codes) {
    if (!message.code.empty()) codes.push_back(message.code);
    for (const auto& arg : message.args) collect_codes(arg, codes);
}

}  // namespace plankit
