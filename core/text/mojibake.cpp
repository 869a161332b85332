// SPDX-License-Identifier: MIT
#include "core/text/mojibake.h"

#include "core/text/codepage.h"
#include "core/text/utf8.h"

namespace attlog::text {

namespace {

// A byte the code page leaves undefined, in `form` (see LostByteForm).
void appendLost(std::string &out, unsigned char byte, LostByteForm form)
{
    switch (form) {
    case LostByteForm::C1Control:
        utf8::append(out, byte);
        break;
    case LostByteForm::QuestionMark:
        out += '?';
        break;
    case LostByteForm::ReplacementChar:
        utf8::append(out, utf8::kReplacement);
        break;
    case LostByteForm::Dropped:
        break;
    }
}

bool undefinedIn1252(unsigned char byte)
{
    return byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D;
}

} // namespace

std::string toMojibake(std::string_view utf8, LostByteForm form)
{
    std::string out;
    out.reserve(utf8.size() * 2);
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            out += c;
            continue;
        }
        const char16_t u = codepage::cp1251ToUnicode(byte);
        if (u != codepage::kUndefined) {
            utf8::append(out, u);
            continue;
        }
        appendLost(out, byte, form);
    }
    return out;
}

std::string toCp1252Mojibake(std::string_view utf8, LostByteForm form)
{
    std::string out;
    out.reserve(utf8.size() * 2);
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
            out += c;
        else if (undefinedIn1252(byte))
            appendLost(out, byte, form);
        else
            utf8::append(out, codepage::cp1252OrLatin1ToUnicode(byte));
    }
    return out;
}

} // namespace attlog::text
