// The tool's own words (report headings, column names, status and light names) in each
// language it speaks, so that writers never spell a user-visible word themselves.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plankit {

enum class Lang { en, zh };

// `en` or `zh` from their names; nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view name);

// The word for `key` in `lang` (`label(Lang::zh, "lead")` is "牵头单位"). Keys are the
// snake_case words of the JSON output; values of an enumeration are prefixed with its name:
// `status.done`, `light.green`, `trend.on_track`, `severity.error`. An unknown key comes
// back as itself, so that a missing word shows up in output instead of vanishing.
std::string label(Lang lang, std::string_view key);

// Whether `key` has words (for tests and for callers that fall back to their own text).
bool has_label(std::string_view key);

// Every key that has words, in the order they are listed.
std::vector<std::string_view> label_keys();

}  // namespace plankit
