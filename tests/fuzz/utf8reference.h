// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

// An independent, deliberately plain UTF-8 validator for the fuzz targets to compare against:
// it decodes each sequence by its length byte and then rejects overlong forms, surrogates and
// code points above U+10FFFF, instead of the per-lead-byte ranges core/text/utf8.h uses.
namespace attlog::fuzz {

// Length of the valid sequence at text[pos], 0 when the bytes there are not valid UTF-8.
inline std::size_t referenceSequenceLength(std::string_view text, std::size_t pos)
{
    const auto b0 = static_cast<unsigned char>(text[pos]);
    std::size_t length = 0;
    char32_t cp = 0;
    if (b0 < 0x80)
        return 1;
    if ((b0 & 0xE0) == 0xC0) {
        length = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4;
        cp = b0 & 0x07;
    } else {
        return 0;
    }
    if (text.size() - pos < length)
        return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(text[pos + i]);
        if ((b & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

inline bool referenceIsValid(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = referenceSequenceLength(text, pos);
        if (length == 0)
            return false;
        pos += length;
    }
    return true;
}

} // namespace attlog::fuzz
