// Parsing one XML part of a workbook with expat: elements by their local name (the
// namespace dropped), text in pieces. A DTD is refused (workbooks have none, and entities
// are how XML bombs grow) and nesting is capped, so hostile XML ends in an error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace plankit {

// What a part's reader does with the parse's events; it may stop the parse by calling
// `XmlEvents::stop` with a message.
class XmlEvents {
public:
    virtual ~XmlEvents() = default;
    // `attrs` holds name, value pairs (local names), ending with a null.
    virtual void start(std::string_view name, const char** attrs) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view piece) = 0;

    // Ends the parse with `message` (the first stop wins).
    void stop(std::string message);
    const std::optional<std::string>& stopped() const { return stopped_; }

private:
    friend std::optional<std::string> parse_xml(std::string_view, const std::string&, XmlEvents&, int);
    void* parser_ = nullptr;
    std::optional<std::string> stopped_;
};

// The value of attribute `name` (its local name), or nullptr.
const char* xml_attribute(const char** attrs, std::string_view name);

// Parses `xml`, the workbook part `part`, feeding `events`; an error message naming the
// part and its line, or nullopt.
std::optional<std::string> parse_xml(std::string_view xml, const std::string& part, XmlEvents& events,
                                     int max_depth = 64);

}  // namespace plankit
