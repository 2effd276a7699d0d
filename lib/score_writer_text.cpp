#include "score_writers.h"

namespace plankit {

std::string score_to_text(const YearScore& s, Lang, bool) { return s.plan + "\n"; }

}  // namespace plankit
