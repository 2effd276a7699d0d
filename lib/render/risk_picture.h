// The picture of how slipping spreads (cli.md, "what slipped and what is at risk because
// of it"): slipping tasks → the tasks at risk they block → the targets those tasks
// advance. One model, drawn as a Mermaid flowchart in Markdown and by Graphviz in HTML.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model.h"
#include "year_score.h"

namespace plankit {

enum class RiskRole { slipping, at_risk, target };

// A box: a unique name (`task3`, `target0`), its text and what it stands for.
struct RiskNode {
    std::string name;
    std::string label;
    RiskRole role = RiskRole::slipping;
};

// Boxes in task order then targets by id, arrows by name; empty when nothing slipped.
struct RiskPicture {
    std::vector<RiskNode> nodes;
    std::vector<std::pair<std::string, std::string>> edges;
};

// The picture for the year, labels cut to a box's width; the same every run.
RiskPicture risk_picture_of(const Plan& plan, const YearScore& score);

}  // namespace plankit
