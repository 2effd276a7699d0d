#include "history_writers.h"
#include "markdown.h"

namespace plankit {

std::string history_to_markdown(const History& h, Lang lang) {
    std::string out = markdown_heading(1, history_title(h, lang));
    for (const auto& t : history_tables(h, lang)) {
        if (t.table.rows.empty()) continue;
        out += markdown_heading(2, t.heading);
        out += markdown_table(t.table.header, t.table.rows, t.table.align) + "\n";
    }
    return out;
}

}  // namespace plankit
