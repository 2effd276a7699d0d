#include "forms_folder.h"

#include <set>

#include "csv_writer.h"
#include "form_writers.h"

namespace plankit {
namespace {

constexpr std::size_t kMaxNameBytes = 120;
constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

const char* extension(FormFormat format) {
    switch (format) {
        case FormFormat::xlsx: return ".xlsx";
        case FormFormat::csv: return ".csv";
        case FormFormat::yaml: return ".yaml";
    }
    return "";
}

// Whether `stem` (the name before its first dot) is a device name Windows reserves.
bool reserved_on_windows(std::string stem) {
    for (char& c : stem) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    static const std::set<std::string> names = {"CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4",
                                                "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3",
                                                "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    return names.count(stem) > 0;
}

// `s` cut to at most `bytes` bytes without splitting a UTF-8 character.
std::string cut_utf8(const std::string& s, std::size_t bytes) {
    if (s.size() <= bytes) return s;
    std::size_t end = bytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

std::string case_folded(std::string s) {
    for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return s;
}

std::string index_csv(const Forms& forms, const std::vector<ReportFile>& files) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < forms.units.size(); ++i) {
        const UnitForm& u = forms.units[i];
        std::size_t counts[3] = {0, 0, 0};
        for (const auto& r : u.rows) ++counts[static_cast<int>(r.kind)];
        rows.push_back({u.unit, u.name, files[i].name, std::to_string(u.rows.size()), std::to_string(counts[0]),
                        std::to_string(counts[1]), std::to_string(counts[2])});
    }
    return csv_table({"unit", "name", "file", "rows", "targets", "contributions", "tasks"}, rows);
}

}  // namespace

std::string form_file_name(const UnitForm& unit, int year, FormFormat format) {
    std::string name = unit.unit + "-" + unit.name;
    for (char& c : name) {
        auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == 0x7F || std::string_view("<>:\"/\\|?*").find(c) != std::string_view::npos) c = '_';
    }
    name = cut_utf8(name, kMaxNameBytes);
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
    if (reserved_on_windows(name.substr(0, name.find('.')))) name = "_" + name;
    return name + "-" + std::to_string(year) + extension(format);
}

std::vector<ReportFile> forms_folder(const Forms& forms, const FormsFolderOptions& options, std::string& error) {
    std::vector<ReportFile> files;
    std::set<std::string> taken;  // case-folded: Windows and macOS do not tell `A` from `a`
    for (const auto& unit : forms.units) {
        ReportFile file{form_file_name(unit, forms.year, options.format), {}};
        for (int n = 2; !taken.insert(case_folded(file.name)).second; ++n)
            file.name = unit.unit + "-" + std::to_string(n) + "-" + std::to_string(forms.year) + extension(options.format);
        switch (options.format) {
            case FormFormat::xlsx:
                if (auto e = form_to_xlsx(forms, unit, options.lang, file.content)) {
                    error = *e;
                    return {};
                }
                break;
            case FormFormat::csv:
                file.content = (options.bom ? kUtf8Bom : "") + form_to_csv(forms, unit, options.lang);
                break;
            case FormFormat::yaml: file.content = form_to_yaml(forms, unit, options.lang); break;
        }
        files.push_back(std::move(file));
    }
    std::string index = (options.bom ? kUtf8Bom : "") + index_csv(forms, files);
    files.push_back({"index.csv", std::move(index)});
    return files;
}

}  // namespace plankit
