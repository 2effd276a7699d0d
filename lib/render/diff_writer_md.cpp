#include "diff_writers.h"
#include "joined.h"
#include "markdown.h"
#include "number_format.h"

namespace plankit {
namespace {

// A marker that shows in a pull-request comment without colour.
std::string change_word(DiffChange c, Lang lang) {
    const std::string word = label(lang, std::string("diff.") + to_string(c));
    if (c == DiffChange::added) return "➕ " + word;
    if (c == DiffChange::removed) return "➖ " + word;
    return word;
}

void changes(std::string& out, const PlanDiff& d, Lang lang) {
    std::size_t i = 0;
    while (i < d.entries.size()) {
        const std::string_view kind = diff_subject_kind(d.entries[i].subject);
        std::vector<std::vector<std::string>> rows;
        for (; i < d.entries.size() && diff_subject_kind(d.entries[i].subject) == kind; ++i) {
            const DiffEntry& e = d.entries[i];
            const bool changed = e.change == DiffChange::changed;
            rows.push_back({"`" + e.subject + "`", change_word(e.change, lang),
                            changed ? diff_field_name(e.field, lang) : "",
                            diff_value_text(e.old_value, changed ? kNoValue : ""),
                            diff_value_text(e.new_value, changed ? kNoValue : "")});
        }
        out += "\n" + markdown_heading(3, diff_group_heading(kind, lang));
        out += markdown_table({label(lang, "subject"), label(lang, "change"), label(lang, "field"),
                               label(lang, "diff.old"), label(lang, "diff.new")},
                              rows);
    }
}

void expected(std::string& out, const PlanDiff& d, Lang lang) {
    if (d.trajectories.empty()) return;
    std::vector<std::string> header{label(lang, "target")};
    std::vector<Align> align{Align::left};
    for (const auto& y : d.trajectories.front().years) {
        header.push_back(std::to_string(y.year));
        align.push_back(Align::right);
    }
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : d.trajectories) {
        std::vector<std::string> row{"`target:" + t.target + "`"};
        for (const auto& y : t.years) row.push_back(format_optional(y.old_value) + " → " + format_optional(y.new_value));
        rows.push_back(std::move(row));
    }
    out += "\n" + markdown_heading(3, label(lang, "diff.expected")) + markdown_table(header, rows, align);
}

void workplans(std::string& out, const PlanDiff& d, Lang lang) {
    if (d.workplans.empty()) return;
    std::vector<std::vector<std::string>> rows;
    for (const auto& w : d.workplans) rows.push_back({"`task:" + w.task + "`", joined(w.gained, ", "), joined(w.lost, ", ")});
    out += "\n" + markdown_heading(3, label(lang, "diff.workplans"));
    out += markdown_table({label(lang, "task"), label(lang, "diff.gained"), label(lang, "diff.lost")}, rows);
}

}  // namespace

std::string diff_to_markdown(const PlanDiff& d, const DiffFiles& files, Lang lang) {
    std::string out = markdown_heading(2, diff_title(d, lang));
    out += markdown_line(label(lang, "diff.old") + ": `" + files.old_file + "` · " + label(lang, "diff.new") + ": `" +
                         files.new_file + "`") + "\n";
    changes(out, d, lang);
    expected(out, d, lang);
    workplans(out, d, lang);
    return out;
}

}  // namespace plankit
