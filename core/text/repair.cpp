// SPDX-License-Identifier: MIT
#include "core/text/repair.h"

#include "core/text/repairer.h"
#include "core/text/utf8.h"

namespace attlog::text {
namespace {

std::string toUtf8(std::u16string_view utf16)
{
    std::string out;
    out.reserve(utf16.size() * 2);
    for (std::size_t i = 0; i < utf16.size(); ++i) {
        const char16_t u = utf16[i];
        char32_t cp = u;
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 &&
            utf16[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((char32_t{u} - 0xD800) << 10) + (char32_t{utf16[i + 1]} - 0xDC00);
            ++i;
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            cp = utf8::kReplacement;
        }
        utf8::append(out, cp);
    }
    return out;
}

std::u16string toUtf16(std::string_view utf8Text)
{
    std::u16string out;
    out.reserve(utf8Text.size());
    for (std::size_t pos = 0; pos < utf8Text.size();) {
        const utf8::Decoded d = utf8::decodeAt(utf8Text, pos);
        // The text was produced from valid code points, so decoding cannot fail.
        const char32_t cp = d.length == 0 ? utf8::kReplacement : d.cp;
        pos += d.length == 0 ? 1 : static_cast<std::size_t>(d.length);
        if (cp >= 0x10000) {
            out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

} // namespace

std::string repair(std::string_view utf8Text)
{
    std::string out;
    out.reserve(utf8Text.size());
    Repairer().repairInto(utf8Text, out);
    return out;
}

std::u16string repair(std::u16string_view utf16)
{
    bool ascii = true;
    for (const char16_t u : utf16)
        ascii = ascii && u < 0x80;
    if (ascii)
        return std::u16string(utf16);
    return toUtf16(repair(toUtf8(utf16)));
}

RepairOutcome repairInto(std::string_view utf8Text, std::string &out)
{
    return Repairer().repairInto(utf8Text, out);
}

} // namespace attlog::text
