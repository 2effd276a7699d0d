#include "display_text.h"
#include "history_writers.h"
#include "score_writers.h"
#include "terminal_style.h"

namespace plankit {

std::string history_to_text(const History& h, Lang lang, bool color) {
    std::string out = styled(display_text(history_title(h, lang)), Style::bold, color) + "\n";
    for (const auto& t : history_tables(h, lang)) out += text_section(t.heading, t.table, color);
    return out;
}

}  // namespace plankit
