// Workbooks made in the test: a zip (libzip) of hand-written parts, so that each test
// shows the XML a spreadsheet program stores and can make it hostile on purpose.
#pragma once

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include <zip.h>

namespace plankit::testing {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;

// The bytes of a zip holding `entries`, deflated (a second entry of the same name is
// left out).
inline std::string make_zip(const ZipEntries& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(source);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    for (const auto& [name, data] : entries) {
        zip_source_t* part = zip_source_buffer(archive, data.data(), data.size(), 0);
        // A name given twice is refused, and the refused part stays the caller's to free.
        if (zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8) < 0) zip_source_free(part);
    }
    zip_close(archive);
    std::string bytes;
    zip_source_open(source);
    zip_source_seek(source, 0, SEEK_END);
    bytes.resize(static_cast<std::size_t>(zip_source_tell(source)));
    zip_source_seek(source, 0, SEEK_SET);
    zip_source_read(source, bytes.data(), bytes.size());
    zip_source_close(source);
    zip_source_free(source);
    zip_error_fini(&error);
    return bytes;
}

inline const char* kWorkbookXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Other\" sheetId=\"2\" r:id=\"rId2\"/>"
    "</sheets></workbook>";

inline const char* kRelsXml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";

// A sheet whose <sheetData> holds `rows` (the <row> elements).
inline std::string sheet_xml(const std::string& rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           rows + "</sheetData></worksheet>";
}

// Shared strings holding `items` (the <si> elements).
inline std::string shared_xml(const std::string& items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + items + "</sst>";
}

// A workbook whose first sheet holds `rows`, with `shared` strings when not empty; the
// second sheet is a decoy that must never be read.
inline std::string make_workbook(const std::string& rows, const std::string& shared = "") {
    ZipEntries entries = {{"xl/workbook.xml", kWorkbookXml},
                          {"xl/_rels/workbook.xml.rels", kRelsXml},
                          {"xl/worksheets/sheet1.xml", sheet_xml(rows)},
                          {"xl/worksheets/sheet2.xml", sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>decoy</t></is></c></row>")}};
    if (!shared.empty()) entries.push_back({"xl/sharedStrings.xml", shared_xml(shared)});
    return make_zip(entries);
}

// An inline-string cell at `ref`.
inline std::string inline_cell(const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// A number cell at `ref`.
inline std::string number_cell(const std::string& ref, const std::string& value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
}

}  // namespace plankit::testing
