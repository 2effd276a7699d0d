#include "finding_message.h"

#include <fmt/format.h>

#include "joined.h"
#include "number_format.h"

namespace plankit {
namespace {

// Years as a short list: runs of three or more become `a..b` (a 2021..2035 leaf without
// milestones would otherwise list fifteen years).
std::string year_list(const std::vector<int>& years) {
    std::string out;
    for (std::size_t i = 0; i < years.size();) {
        std::size_t j = i;
        while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
        if (!out.empty()) out += ", ";
        if (j - i >= 2) {
            out += fmt::format("{}..{}", years[i], years[j]);
        } else {
            for (std::size_t k = i; k <= j; ++k) out += (k > i ? ", " : "") + std::to_string(years[k]);
        }
        i = j + 1;
    }
    return out;
}

// How many decimals the finding's compared figures (Kind::exact) are shown with: two, as
// in the tables, or as many more (up to the nine comparisons round to, figures.h) as it
// takes for no two of them to read alike: a miss never reads `80 misses 80`.
int exact_decimals(const GapFinding& f) {
    std::vector<double> figures;
    for (const auto& a : f.args)
        if (a.kind == FindingArg::Kind::exact) figures.push_back(a.number);
    int decimals = 2;
    auto all_differ = [&] {
        for (std::size_t i = 0; i < figures.size(); ++i)
            for (std::size_t j = i + 1; j < figures.size(); ++j)
                if (figures[i] != figures[j] &&
                    format_number(figures[i], decimals) == format_number(figures[j], decimals))
                    return false;
        return true;
    };
    while (decimals < 9 && !all_differ()) ++decimals;
    return decimals;
}

const FindingArg* find_arg(const GapFinding& f, std::string_view key) {
    for (const auto& a : f.args) {
        if (a.key == key) return &a;
    }
    return nullptr;
}

// The text of one `{…}` of a pattern: `{key}`, or `{key:one|more}` for the word that
// goes with a count. An unknown key stays as written, so that it shows in the output.
std::string placeholder(const GapFinding& f, std::string_view inside) {
    const auto colon = inside.find(':');
    const FindingArg* arg = find_arg(f, inside.substr(0, colon));
    if (!arg) return "{" + std::string(inside) + "}";
    if (arg->kind == FindingArg::Kind::exact) return format_number(arg->number, exact_decimals(f));
    if (colon == std::string_view::npos) return arg_text(*arg);
    std::string_view words = inside.substr(colon + 1);
    const auto bar = words.find('|');
    return std::string(arg->number == 1 ? words.substr(0, bar) : words.substr(bar + 1));
}

}  // namespace

std::string arg_text(const FindingArg& arg) {
    switch (arg.kind) {
        case FindingArg::Kind::text: return arg.text;
        case FindingArg::Kind::whole: return std::to_string(static_cast<long long>(arg.number));
        // Four decimals keep messages readable (no 0.30000000000000004) and exact enough to act on.
        case FindingArg::Kind::amount: return format_number(arg.number, 4);
        case FindingArg::Kind::exact: return fmt::format("{}", arg.number);
        case FindingArg::Kind::years: return year_list(arg.years);
        case FindingArg::Kind::path: return joined(arg.ids, " -> ");
        case FindingArg::Kind::ids: return joined(arg.ids, ", ");
    }
    return {};
}

std::string finding_message(const GapFinding& f, Lang lang) {
    const std::string pattern = label(lang, "finding." + f.code);
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        const auto open = pattern.find('{', i);
        const auto close = open == std::string::npos ? std::string::npos : pattern.find('}', open);
        if (close == std::string::npos) {
            out.append(pattern, i, std::string::npos);
            break;
        }
        out.append(pattern, i, open - i);
        out += placeholder(f, std::string_view(pattern).substr(open + 1, close - open - 1));
        i = close + 1;
    }
    return out;
}

}  // namespace plankit
