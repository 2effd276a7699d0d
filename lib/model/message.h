// A sentence for people as a value: a code of the words catalogue and the values it is
// made of, worded only when it is printed, in the output language. Input errors are made
// of these, so that the loaders never choose a language.
#pragma once

#include <string>
#include <vector>

namespace plankit {

struct Message {
    // `error.<code>` in the words catalogue; empty when `text` is the whole message.
    std::string code;
    // A value shown as is in every language: an id, a number, a key name, the YAML
    // parser's own words, or (for readers not yet converted) a ready-made English sentence.
    std::string text;
    // The catalogue pattern's {0}, {1}, …: values, or phrases with codes of their own.
    std::vector<Message> args;

    Message() = default;
    // A value, or a ready-made sentence, shown as written.
    Message(std::string value) : text(std::move(value)) {}  // NOLINT: implicit on purpose
    Message(const char* value) : text(value) {}              // NOLINT: implicit on purpose
};

// The message of `code` with its values in order (`say("empty_file")`,
// `say("unknown_unit", {quoted_text(id)})`).
Message say(std::string code, std::vector<Message> args = {});

// Every code a message uses, its own and its phrases' (for the test that each has words).
void collect_codes(const Message& message, std::vector<std::string>& codes);

}  // namespace plankit
