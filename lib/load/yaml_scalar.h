// The YAML 1.2 core schema on a scalar's text (readings.md item 1): which plain scalars
// are null, booleans, integers and floats. yaml-cpp's own conversions follow YAML 1.1
// (`yes` is true, `010` is 8), so the loaders resolve text with these instead.
#pragma once

#include <optional>
#include <string_view>

namespace plankit {

// `~`, `null`, `Null`, `NULL` or the empty text.
bool is_core_null(std::string_view text);
// `true`/`True`/`TRUE` and the same for false; nullopt for anything else (`yes`, `on`).
std::optional<bool> parse_core_bool(std::string_view text);
// True when the text has the form of a core-schema integer: `[-+]?[0-9]+`, `0o[0-7]+`,
// `0x[0-9a-fA-F]+`.
bool is_core_int(std::string_view text);
// The integer's value (`010` = 10, `0o10` = 8, `0x1A` = 26); nullopt when the text is
// not an integer or does not fit in 64 bits.
std::optional<long long> parse_core_int(std::string_view text);
// True when the text has the form of a core-schema float (`1.5`, `.5`, `1e3`, `.inf`,
// `-.Inf`, `.nan`); integers are not floats.
bool is_core_float(std::string_view text);
// The float's value, infinities and NaN included; nullopt when the text is not a float
// (or an integer, which is read as a float here too).
std::optional<double> parse_core_float(std::string_view text);

}  // namespace plankit
