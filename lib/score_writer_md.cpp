#include "score_writers.h"

namespace plankit {

std::string score_to_markdown(const YearScore& s, Lang) { return s.plan + "\n"; }

}  // namespace plankit
