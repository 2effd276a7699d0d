#include "finding_order.h"

#include <algorithm>
#include <string_view>

#include "task_order.h"

namespace plankit {
namespace {

// <0, 0, >0 for subjects `kind:id`; the id after the first colon, since ids may hold one.
int compare_subjects(std::string_view a, std::string_view b) {
    auto colon_a = a.find(':'), colon_b = b.find(':');
    std::string_view kind_a = a.substr(0, colon_a), kind_b = b.substr(0, colon_b);
    if (kind_a != kind_b) return kind_a < kind_b ? -1 : 1;
    std::string_view id_a = colon_a == std::string_view::npos ? std::string_view{} : a.substr(colon_a + 1);
    std::string_view id_b = colon_b == std::string_view::npos ? std::string_view{} : b.substr(colon_b + 1);
    if (kind_a == "task") return compare_task_ids(id_a, id_b);
    return id_a.compare(id_b);
}

int compare_locations(const Location& a, const Location& b) {
    if (int c = a.file_name().compare(b.file_name())) return c;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

}  // namespace

bool finding_less(const GapFinding& a, const GapFinding& b) {
    if (a.severity != b.severity) return a.severity < b.severity;
    if (int c = a.code.compare(b.code)) return c < 0;
    if (int c = compare_subjects(a.subject, b.subject)) return c < 0;
    // The values of the message, in its order: the same order in every language.
    for (std::size_t i = 0; i < a.args.size() && i < b.args.size(); ++i) {
        if (int c = compare_args(a.args[i], b.args[i])) return c < 0;
    }
    if (a.args.size() != b.args.size()) return a.args.size() < b.args.size();
    return compare_locations(a.loc, b.loc) < 0;
}

void sort_findings(std::vector<GapFinding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), finding_less);
}

}  // namespace plankit
