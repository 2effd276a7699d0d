#include "default_ratings.h"

#include <array>

namespace plankit {

void word_default_ratings(Plan& plan, Lang lang) {
    Scoring& s = plan.scoring;
    if (!s.default_ratings) return;
    // The loader's default bands, highest first: 90, 80, 60, 0.
    static constexpr std::array<const char*, 4> kKeys = {"rating.excellent", "rating.good", "rating.pass",
                                                          "rating.fail"};
    for (std::size_t i = 0; i < s.ratings.size() && i < kKeys.size(); ++i) s.ratings[i].label = label(lang, kKeys[i]);
}

}  // namespace plankit
