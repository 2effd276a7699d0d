#include "csv_columns.h"

#include "csv_writer.h"
#include "joined.h"

namespace plankit {

std::vector<std::string> csv_header(const std::vector<std::string>& keys, Lang lang) {
    if (lang == Lang::en) return keys;
    std::vector<std::string> out;
    out.reserve(keys.size());
    for (const auto& k : keys) {
        // A column whose JSON key names a different word than the table heading of the
        // same key (`expected` is the expected value) has its own `csv.` entry.
        std::string own = "csv." + k;
        out.push_back(label(lang, has_label(own) ? own : k));
    }
    return out;
}

std::string csv_word(std::string_view prefix, std::string_view code, Lang lang) {
    if (code.empty() || lang == Lang::en) return std::string(code);
    if (prefix.empty()) return label(lang, code);
    return label(lang, std::string(prefix) + "." + std::string(code));
}

std::string csv_flag(bool value, Lang lang) {
    if (lang == Lang::en) return cell(value);
    return label(lang, value ? "yes" : "no");
}

std::string csv_flag(const std::optional<bool>& value, Lang lang) {
    return value ? csv_flag(*value, lang) : std::string();
}

std::string csv_names(const std::vector<std::string>& names, Lang lang) {
    return joined(names, lang == Lang::zh ? "、" : ";");
}

}  // namespace plankit
