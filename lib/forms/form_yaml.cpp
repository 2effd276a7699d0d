#include <string>

#include "form_layout.h"
#include "form_writers.h"
#include "joined.h"
#include "number_format.h"

namespace plankit {
namespace {

// A YAML double-quoted scalar: ids and units may look like numbers or hold anything.
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// A comment line: line breaks in a title would end the comment.
std::string comment(const std::string& text) {
    std::string line = text;
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    return "# " + line + "\n";
}

std::string reference_line(const FormRow& row, Lang lang) {
    const bool zh = lang == Lang::zh;
    std::string line = row.title;
    if (row.milestone) line += " · " + std::string(column_name(ProgressColumn::milestone, zh)) + ": " + *row.milestone;
    if (row.measure) line += " · " + std::string(column_name(ProgressColumn::measure, zh)) + ": " + *row.measure;
    if (row.baseline)
        line += " · " + std::string(column_name(ProgressColumn::baseline, zh)) + ": " + format_number(*row.baseline, 9);
    if (row.expected)
        line += " · " + std::string(column_name(ProgressColumn::expected, zh)) + ": " + format_number(*row.expected, 9);
    return line;
}

// The records of one kind under their key; none, no key.
void add_records(std::string& out, const UnitForm& unit, FormRowKind kind, const char* key,
                 std::initializer_list<const char*> report_keys, Lang lang) {
    bool first = true;
    for (const auto& row : unit.rows) {
        if (row.kind != kind) continue;
        if (first) out += std::string(key) + ":\n";
        first = false;
        out += "  " + comment(reference_line(row, lang));
        out += "  - id: " + quoted(row.id) + "\n";
        if (kind == FormRowKind::contribution) out += "    unit: " + quoted(unit.unit) + "\n";
        for (const char* k : report_keys) out += std::string("    ") + k + ":\n";
    }
}

}  // namespace

std::string form_to_yaml(const Forms& forms, const UnitForm& unit, Lang lang) {
    std::string out;
    out += comment(label(lang, "form") + ": " + forms.plan_title + " — " + unit.name + " — " + std::to_string(forms.year));
    out += comment(label(lang, "form.fill_in"));
    out += comment(label(lang, "form.statuses") + ": " + joined(form_statuses(lang), ", "));
    out += "plankit-progress: 1\n";
    out += "year: " + std::to_string(forms.year) + "\n";
    out += "unit: " + quoted(unit.unit) + "\n";
    add_records(out, unit, FormRowKind::target, "targets", {"value", "source", "note"}, lang);
    add_records(out, unit, FormRowKind::contribution, "contributions", {"value", "source", "note"}, lang);
    add_records(out, unit, FormRowKind::task, "tasks", {"status", "progress", "note"}, lang);
    return out;
}

}  // namespace plankit
