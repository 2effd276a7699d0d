#include "workbook_parts.h"

#include "xml_events.h"

namespace plankit {
namespace {

const std::string kWorkbook = "xl/workbook.xml";
const std::string kRelations = "xl/_rels/workbook.xml.rels";
const std::string kSharedStrings = "xl/sharedStrings.xml";

// The relationship id of the first <sheet> of workbook.xml.
class FirstSheetId : public XmlEvents {
public:
    void start(std::string_view name, const char** attrs) override {
        if (name != "sheet" || id) return;
        const char* rid = xml_attribute(attrs, "id");
        id = rid ? rid : "";
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
    std::optional<std::string> id;
};

// The target of one relationship id in workbook.xml.rels.
class RelationTarget : public XmlEvents {
public:
    explicit RelationTarget(std::string id) : id_(std::move(id)) {}
    void start(std::string_view name, const char** attrs) override {
        if (name != "Relationship" || target) return;
        const char* id = xml_attribute(attrs, "Id");
        const char* to = xml_attribute(attrs, "Target");
        if (id && to && id_ == id) target = to;
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
    std::optional<std::string> target;

private:
    std::string id_;
};

// Each <si> of sharedStrings.xml: the text of its <t> elements, plain or in rich-text
// runs, leaving out phonetic guides (<rPh>), which are not the cell's text.
class SharedStrings : public XmlEvents {
public:
    explicit SharedStrings(std::vector<std::string>& out) : out_(out) {}
    void start(std::string_view name, const char**) override {
        if (name == "si") {
            out_.emplace_back();
            in_si_ = true;
        } else if (name == "rPh") {
            in_phonetic_ = true;
        } else if (name == "t") {
            in_t_ = in_si_ && !in_phonetic_;
        }
    }
    void end(std::string_view name) override {
        if (name == "si") in_si_ = false;
        else if (name == "rPh") in_phonetic_ = false;
        else if (name == "t") in_t_ = false;
    }
    void text(std::string_view piece) override {
        if (in_t_) out_.back().append(piece);
    }

private:
    std::vector<std::string>& out_;
    bool in_si_ = false, in_phonetic_ = false, in_t_ = false;
};

std::optional<std::string> parse_part(const ZipArchive& zip, const std::string& part, XmlEvents& events) {
    std::string xml;
    if (auto error = zip.read(part, xml)) return error;
    return parse_xml(xml, part, events);
}

}  // namespace

std::optional<std::string> first_sheet_path(const ZipArchive& zip, std::string& path) {
    if (!zip.has(kWorkbook))
        return "not an Excel workbook: it has no " + kWorkbook + " (save it as .xlsx from Excel, WPS or LibreOffice)";
    FirstSheetId sheet;
    if (auto error = parse_part(zip, kWorkbook, sheet)) return error;
    if (!sheet.id) return "the workbook has no sheet";
    RelationTarget relation(*sheet.id);
    if (!zip.has(kRelations)) return "the workbook has no " + kRelations + ", which names its sheets' parts";
    if (auto error = parse_part(zip, kRelations, relation)) return error;
    if (!relation.target) return "the workbook's first sheet (" + *sheet.id + ") has no part in " + kRelations;
    // A target is relative to xl/, or absolute from the zip's root.
    const std::string& target = *relation.target;
    path = target.starts_with("/") ? target.substr(1) : "xl/" + target;
    if (!zip.has(path)) return "the workbook has no part " + path + ", its first sheet";
    return std::nullopt;
}

std::optional<std::string> read_shared_strings(const ZipArchive& zip, std::vector<std::string>& out) {
    out.clear();
    if (!zip.has(kSharedStrings)) return std::nullopt;
    SharedStrings strings(out);
    return parse_part(zip, kSharedStrings, strings);
}

}  // namespace plankit
