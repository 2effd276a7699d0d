#include "csv_writer.h"
#include "finding_message.h"
#include "gaps_writers.h"

namespace plankit {

// The columns keep the JSON keys in every language, so scripts read either report alike.
std::string gaps_to_csv(const GapReport& report, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& f : report.findings) {
        rows.push_back({to_string(f.severity), f.code, f.subject, finding_message(f, lang), to_string(f.loc)});
    }
    return csv_table({"severity", "code", "subject", "message", "location"}, rows);
}

}  // namespace plankit
