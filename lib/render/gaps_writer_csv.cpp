#include "csv_columns.h"
#include "csv_writer.h"
#include "finding_message.h"
#include "gaps_writers.h"

namespace plankit {

std::string gaps_to_csv(const GapReport& report, Lang lang) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& f : report.findings) {
        rows.push_back({csv_word("severity", to_string(f.severity), lang), f.code, f.subject, finding_message(f, lang), to_string(f.loc)});
    }
    return csv_table(csv_header({"severity", "code", "subject", "message", "location"}, lang), rows);
}

}  // namespace plankit
