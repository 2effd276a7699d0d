#include "terminal_style.h"

namespace plankit {
namespace {

std::string_view ansi_code(Style style) {
    switch (style) {
        case Style::bold: return "1";
        case Style::red: return "31";
        case Style::yellow: return "33";
        case Style::green: return "32";
        case Style::cyan: return "36";
        case Style::grey: return "90";
        case Style::plain: break;
    }
    return "";
}

}  // namespace

std::string styled(std::string_view text, Style style, bool color) {
    std::string_view code = ansi_code(style);
    if (!color || code.empty() || text.empty()) return std::string(text);
    std::string out = "\x1b[";
    out += code;
    out += 'm';
    out += text;
    out += "\x1b[0m";
    return out;
}

Style severity_style(std::string_view severity) {
    if (severity == "error") return Style::red;
    if (severity == "warning") return Style::yellow;
    if (severity == "info") return Style::cyan;
    return Style::plain;
}

Style light_style(std::string_view light) {
    if (light == "green") return Style::green;
    if (light == "yellow") return Style::yellow;
    if (light == "red") return Style::red;
    if (light == "grey") return Style::grey;
    return Style::plain;
}

std::string_view light_symbol(std::string_view light) {
    // Distinct shapes, so that the light reads without colour (and for colour-blind eyes).
    if (light == "green") return "●";
    if (light == "yellow") return "▲";
    if (light == "red") return "■";
    if (light == "grey") return "○";
    return "?";
}

std::string light_tag(std::string_view light, Lang lang, bool color) {
    std::string tag(light_symbol(light));
    tag += ' ';
    tag += label(lang, "light." + std::string(light));
    return styled(tag, light_style(light), color);
}

std::string severity_tag(std::string_view severity, Lang lang, bool color) {
    return styled(label(lang, "severity." + std::string(severity)), severity_style(severity),
                  color);
}

}  // namespace plankit
