#include "labels.h"

#include <algorithm>
#include <iterator>

namespace plankit {
namespace {

struct Words {
    std::string_view key, en, zh;
};

// One line per word; keys are unique (a unit test checks).
constexpr Words kWords[] = {
    // Things of a plan.
    {"plan", "Plan", "规划"},
    {"goal", "Goal", "目标"},
    {"goals", "Goals", "目标"},
    {"chapter", "Chapter", "章节"},
    {"chapters", "Chapters", "章节"},
    {"target", "Target", "指标"},
    {"targets", "Targets", "指标"},
    {"task", "Task", "任务"},
    {"tasks", "Tasks", "任务"},
    {"unit", "Unit", "单位"},
    {"units", "Units", "单位"},
    // Columns.
    {"id", "ID", "编号"},
    {"name", "Name", "名称"},
    {"title", "Title", "名称"},
    {"lead", "Lead", "牵头单位"},
    {"support", "Support", "配合单位"},
    {"primary_lead", "Primary lead", "主要牵头单位"},
    {"other_leads", "Other leads", "其他牵头单位"},
    {"owner", "Owner", "责任单位"},
    {"parent", "Parent", "上级任务"},
    {"role", "Role", "职责"},
    {"years", "Years", "起止年份"},
    {"year", "Year", "年度"},
    {"start", "Start", "开始年份"},
    {"end", "End", "结束年份"},
    {"weight", "Weight", "权重"},
    {"measure", "Measure", "计量单位"},
    {"milestones", "Milestones", "里程碑"},
    {"baseline", "Baseline", "基期值"},
    {"value", "Value", "数值"},
    {"expected_value", "Expected value", "预期值"},
    {"allocated", "Allocated", "已分解"},
    {"due", "Due", "应达值"},
    {"shortfall", "Shortfall", "缺口"},
    {"excess", "Excess", "超出"},
    {"severity", "Severity", "级别"},
    {"code", "Code", "代码"},
    {"subject", "Subject", "对象"},
    {"message", "Message", "说明"},
    {"location", "Location", "位置"},
    {"error", "Error", "错误"},
    {"warning", "Warning", "警告"},
    {"info", "Info", "提示"},
    {"count", "Count", "数量"},
    {"total", "Total", "合计"},
    {"score", "Score", "得分"},
    {"rating", "Rating", "等级"},
    {"previous", "Previous year", "上年"},
    {"change", "Change", "变化"},
    {"status", "Status", "状态"},
    {"light", "Light", "信号灯"},
    {"trend", "Trend", "趋势"},
    {"slope", "Slope per year", "年均变化"},
    {"required", "Required per year", "年均所需"},
    {"completion", "Completion", "完成率"},
    {"actual", "Actual", "实际值"},
    {"projected", "Projected", "预计值"},
    {"will_meet", "Will meet", "预计达标"},
    {"at_risk", "At risk", "有风险"},
    {"blocked_by", "Blocked by", "受阻于"},
    {"slipping", "Slipping", "滞后"},
    {"findings", "Findings", "问题"},
    {"yes", "yes", "是"},
    {"no", "no", "否"},
    {"none", "(none)", "（无）"},
    {"year_milestones", "Due this year", "年度工作要点"},
    {"allocations", "Allocations", "指标分配"},
    // Report parts.
    {"responsibility_matrix", "Responsibility matrix", "分工表"},
    {"annual_work_plan", "Annual work plan", "年度工作计划"},
    {"target_decomposition", "Target decomposition", "指标分解"},
    {"gap_findings", "Gap findings", "缺口分析"},
    {"yearly_score", "Yearly score", "年度评估"},
    // Severities, as values.
    {"severity.error", "error", "错误"},
    {"severity.warning", "warning", "警告"},
    {"severity.info", "info", "提示"},
    // Task statuses.
    {"status.done", "done", "已完成"},
    {"status.on_track", "on track", "按计划推进"},
    {"status.delayed", "delayed", "滞后"},
    {"status.not_started", "not started", "未启动"},
    {"status.blocked", "blocked", "受阻"},
    {"status.cancelled", "cancelled", "已取消"},
    {"status.none", "no report", "未报送"},
    // Lights.
    {"light.green", "green", "绿"},
    {"light.yellow", "yellow", "黄"},
    {"light.red", "red", "红"},
    {"light.grey", "grey", "灰"},
    // Trend classes.
    {"trend.on_track", "on track", "符合进度"},
    {"trend.moderately_improving", "moderately improving", "改善偏慢"},
    {"trend.stagnating", "stagnating", "停滞"},
    {"trend.deteriorating", "deteriorating", "恶化"},
    {"trend.unknown", "unknown", "无法判断"},
    // Task roles.
    {"role.lead", "lead", "牵头"},
    {"role.support", "support", "配合"},
    // The yearly report (`report`): its headings and notes.
    {"report.title", "Yearly report", "年度评估报告"},
    {"report.overview", "Overview", "总体情况"},
    {"report.plan_score", "Plan score", "规划总得分"},
    {"report.document", "Document", "文号"},
    {"report.period", "Plan period", "规划期"},
    {"report.components", "Components", "分项得分"},
    {"report.target_lights", "Target lights", "指标信号灯"},
    {"report.tasks_due", "Tasks due", "应推进任务"},
    {"report.progress", "Progress", "进度"},
    {"report.binding", "binding", "约束性"},
    {"report.next_milestone", "Next milestone", "下一里程碑"},
    {"report.trends", "Target trends", "指标趋势"},
    {"report.trajectories", "Targets: expected against actual", "指标：预期值与实际值"},
    {"report.chart_note",
     "Bars: the values reported; line: the value expected on the plan's trajectory. Years "
     "without a reported value are left out.",
     "柱形为报送的实际值，折线为按规划轨迹的预期值；未报送实际值的年份不列出。"},
    {"report.no_actuals", "No value reported after the baseline yet.", "基期之后尚无报送的实际值。"},
    {"report.slipped", "What slipped and what it endangers", "滞后任务及其影响"},
    {"report.nothing_slipped", "No task slipped.", "没有滞后任务。"},
    {"report.slipping_tasks", "Slipping tasks", "滞后任务"},
    {"report.tasks_at_risk", "Tasks at risk", "有风险的任务"},
    {"report.targets_at_risk", "Targets at risk", "有风险的指标"},
    {"report.nothing_at_risk", "No other task and no target is at risk.", "没有受影响的任务或指标。"},
    {"report.put_at_risk_by", "Put at risk by", "风险来源"},
    {"report.risk_note", "Red: slipping tasks; yellow: tasks at risk; blue: targets at risk.",
     "红色：滞后任务；黄色：有风险的任务；蓝色：有风险的指标。"},
    {"report.status_by_chapter", "Task status by chapter", "各章节任务状态"},
    {"report.all_tasks", "Every task due in the year", "本年度全部任务"},
    {"report.no_findings", "No findings.", "无。"},
    {"report.files", "Files in this folder", "本目录中的文件"},
    {"report.file.scores", "scores of the plan, chapters, goals and units", "规划、章节、目标和单位的得分"},
    {"report.file.tasks", "every task due in the year", "本年度各项任务"},
    {"report.file.targets", "every target scored in the year", "本年度各项指标"},
    {"report.file.gaps", "gap findings of the plan", "规划缺口分析"},
    {"report.file.decomposition", "responsibility matrix", "分工表"},
    {"report.file.graph", "the plan graph (Graphviz)", "规划关系图（Graphviz）"},
    {"report.file.summary", "the score as JSON", "年度评估（JSON）"},
};

const Words* find(std::string_view key) {
    auto it = std::find_if(std::begin(kWords), std::end(kWords),
                           [key](const Words& w) { return w.key == key; });
    return it == std::end(kWords) ? nullptr : it;
}

}  // namespace

std::optional<Lang> parse_lang(std::string_view name) {
    if (name == "en") return Lang::en;
    if (name == "zh") return Lang::zh;
    return std::nullopt;
}

std::string label(Lang lang, std::string_view key) {
    const Words* w = find(key);
    if (!w) return std::string(key);
    return std::string(lang == Lang::zh ? w->zh : w->en);
}

bool has_label(std::string_view key) { return find(key) != nullptr; }

std::vector<std::string_view> label_keys() {
    std::vector<std::string_view> keys;
    for (const auto& w : kWords) keys.push_back(w.key);
    return keys;
}

}  // namespace plankit
