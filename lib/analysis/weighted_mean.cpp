#include "weighted_mean.h"

namespace plankit {

WeightedSums weighted_sums(const std::vector<WeightedTerm>& terms) {
    WeightedSums s;
    for (const auto& t : terms) {
        s.weighted += t.weight * t.score;
        s.weights += t.weight;
    }
    return s;
}

std::optional<double> weighted_mean(const std::vector<WeightedTerm>& terms) {
    if (terms.empty()) return std::nullopt;
    WeightedSums s = weighted_sums(terms);
    if (s.weights == 0) return std::nullopt;
    return s.weighted / s.weights;
}

}  // namespace plankit
