#include "xml_events.h"

#include <algorithm>
#include <cstring>

#include <expat.h>

namespace plankit {
namespace {

// The part of an expanded name after the namespace (expat joins them with a space).
std::string_view local(const char* name) {
    const char* space = std::strrchr(name, ' ');
    return space ? std::string_view(space + 1) : std::string_view(name);
}

struct Parse {
    XmlEvents& events;
    XML_Parser parser;
    int depth = 0;
    int max_depth = 0;
};

void stop_with(Parse& p, std::string message) {
    p.events.stop(std::move(message));
}

void on_start(void* data, const char* name, const char** attrs) {
    auto& p = *static_cast<Parse*>(data);
    if (++p.depth > p.max_depth) {
        stop_with(p, "elements nested more than " + std::to_string(p.max_depth) + " deep");
        return;
    }
    p.events.start(local(name), attrs);
}

void on_end(void* data, const char* name) {
    auto& p = *static_cast<Parse*>(data);
    --p.depth;
    p.events.end(local(name));
}

void on_text(void* data, const char* s, int len) {
    static_cast<Parse*>(data)->events.text(std::string_view(s, static_cast<std::size_t>(len)));
}

void on_doctype(void* data, const char*, const char*, const char*, int) {
    stop_with(*static_cast<Parse*>(data), "a document type declaration (a workbook's XML has none)");
}

}  // namespace

void XmlEvents::stop(std::string message) {
    if (stopped_) return;
    stopped_ = std::move(message);
    if (parser_) XML_StopParser(static_cast<XML_Parser>(parser_), XML_FALSE);
}

const char* xml_attribute(const char** attrs, std::string_view name) {
    for (const char** a = attrs; a && *a; a += 2)
        if (local(a[0]) == name) return a[1];
    return nullptr;
}

std::optional<std::string> parse_xml(std::string_view xml, const std::string& part, XmlEvents& events,
                                     int max_depth) {
    XML_Parser parser = XML_ParserCreateNS("UTF-8", ' ');
    if (!parser) return "out of memory parsing " + part;
    Parse p{events, parser, 0, max_depth};
    events.parser_ = parser;
    XML_SetUserData(parser, &p);
    XML_SetElementHandler(parser, on_start, on_end);
    XML_SetCharacterDataHandler(parser, on_text);
    XML_SetStartDoctypeDeclHandler(parser, on_doctype);
    // Large parts are fed in pieces: expat takes an int length.
    constexpr std::size_t kPiece = 1 << 24;
    XML_Status status = XML_STATUS_OK;
    std::size_t at = 0;
    do {
        std::size_t n = std::min(kPiece, xml.size() - at);
        bool last = at + n == xml.size();
        status = XML_Parse(parser, xml.data() + at, static_cast<int>(n), last ? XML_TRUE : XML_FALSE);
        at += n;
    } while (status == XML_STATUS_OK && at < xml.size());
    std::optional<std::string> result;
    auto line = std::to_string(XML_GetCurrentLineNumber(parser));
    if (events.stopped())
        result = part + " line " + line + ": " + *events.stopped();
    else if (status != XML_STATUS_OK)
        result = part + " is not well-formed XML (line " + line + ": " + XML_ErrorString(XML_GetErrorCode(parser)) + ")";
    events.parser_ = nullptr;
    XML_ParserFree(parser);
    return result;
}

}  // namespace plankit
