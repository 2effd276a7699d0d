#include "target_trend.h"

#include "figures.h"
#include "target_score.h"

namespace plankit {

const char* to_string(Trend trend) {
    switch (trend) {
        case Trend::on_track: return "on_track";
        case Trend::moderately_improving: return "moderately_improving";
        case Trend::stagnating: return "stagnating";
        case Trend::deteriorating: return "deteriorating";
        case Trend::unknown: return "unknown";
    }
    return "unknown";
}

namespace {

struct CentredSums {
    double mean_x = 0;
    double mean_y = 0;
    double sxy = 0;  // Σ(x − x̄)(y − ȳ)
    double sxx = 0;  // Σ(x − x̄)²
};

CentredSums centred_sums(const std::vector<YearValue>& points) {
    CentredSums s;
    double sum_x = 0, sum_y = 0;
    for (const auto& p : points) {
        sum_x += p.year;
        sum_y += p.value;
    }
    const double n = static_cast<double>(points.size());
    s.mean_x = sum_x / n;
    s.mean_y = sum_y / n;
    for (const auto& p : points) {
        const double dx = p.year - s.mean_x;
        s.sxy += dx * (p.value - s.mean_y);
        s.sxx += dx * dx;
    }
    return s;
}

std::optional<YearValue> next_milestone(const Target& target, int year) {
    for (const auto& m : target.milestones) {
        if (m.year >= year) return m;
    }
    return std::nullopt;
}

}  // namespace

double ols_slope(const std::vector<YearValue>& points) {
    CentredSums s = centred_sums(points);
    return s.sxy / s.sxx;
}

Trend trend_of_ratio(double ratio) {
    if (figures::at_least(ratio, 1)) return Trend::on_track;
    if (figures::at_least(ratio, 0.5)) return Trend::moderately_improving;
    if (figures::at_least(ratio, 0)) return Trend::stagnating;
    return Trend::deteriorating;
}

TargetTrend target_trend(const Target& target, int year, const std::map<int, double>& actuals) {
    TargetTrend t;
    if (!target.baseline) return t;
    const YearValue& base = *target.baseline;
    t.points.push_back(base);
    for (const auto& [y, v] : actuals) {  // a map: already by year
        if (base.year < y && y <= year) t.points.push_back(YearValue{y, v, {}});
    }
    auto milestone = next_milestone(target, year);
    if (t.points.size() < 2 || !milestone) return t;

    CentredSums s = centred_sums(t.points);
    t.mean_year = s.mean_x;
    t.mean_value = s.mean_y;
    t.covariance_sum = s.sxy;
    t.variance_sum = s.sxx;
    t.slope = s.sxy / s.sxx;
    t.next_milestone = milestone;
    t.required = (milestone->value - base.value) / (milestone->year - base.year);
    if (figures::equal(*t.required, 0)) {
        const double signed_slope = target.direction == Direction::increase ? *t.slope : -*t.slope;
        t.trend = figures::at_least(signed_slope, 0) ? Trend::on_track : Trend::deteriorating;
    } else {
        t.ratio = *t.slope / *t.required;
        t.trend = trend_of_ratio(*t.ratio);
    }
    t.latest = t.points.back();
    t.projected = t.latest->value + *t.slope * (milestone->year - t.latest->year);
    t.will_meet = meets(target.direction, *t.projected, milestone->value);
    return t;
}

}  // namespace plankit
