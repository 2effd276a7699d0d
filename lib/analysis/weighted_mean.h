// The weighted mean of scored items (analysis.md, "Weighted mean and aggregates";
// readings.md items 60, 63), with its terms kept so that every figure can be explained.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace plankit {

// One item of a weighted mean: what it is (`task:1.2`), its weight and its score.
struct WeightedTerm {
    std::string subject;
    double weight = 0;
    double score = 0;
    std::string why;  // how the weight came about, e.g. "lead" or "support · 0.5"; may be empty
};

// Σ wᵢ·sᵢ and Σ wᵢ, summed left to right in the order of the terms.
struct WeightedSums {
    double weighted = 0;
    double weights = 0;
};
WeightedSums weighted_sums(const std::vector<WeightedTerm>& terms);

// Σ wᵢ·sᵢ / Σ wᵢ, or nullopt when there is no term or the weights sum to 0 (never 0).
std::optional<double> weighted_mean(const std::vector<WeightedTerm>& terms);

}  // namespace plankit
