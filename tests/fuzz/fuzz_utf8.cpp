// SPDX-License-Identifier: MIT
// Fuzz target: the UTF-8 helpers of core/text/utf8.h against an independent validator
// (utf8reference.h). Properties:
// - isValid() agrees with the reference; decodeAt() and decodeFastAt() agree with it and with each
//   other at every position, and a decoded code point encodes back to the same bytes;
// - replaceControls() leaves no control character (but the kept ones) and keeps valid text valid;
// - sanitized() always returns valid UTF-8, returns valid input unchanged,
//   is idempotent and keeps every valid sequence of the input, in order.
#include "core/text/utf8.h"

#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/utf8reference.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace utf8 = attlog::text::utf8;
using attlog::fuzz::referenceIsValid;
using attlog::fuzz::referenceSequenceLength;

namespace {

void checkDecoding(std::string_view text)
{
    FUZZ_CHECK(utf8::isValid(text) == referenceIsValid(text), text);
    bool ascii = true;
    for (const char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    FUZZ_CHECK(utf8::isAscii(text) == ascii, text);
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        const utf8::Decoded slow = utf8::decodeAt(text, pos);
        const utf8::Decoded fast = utf8::decodeFastAt(text, pos);
        FUZZ_CHECK(slow.length == fast.length && slow.cp == fast.cp, text);
        FUZZ_CHECK(static_cast<std::size_t>(slow.length) == referenceSequenceLength(text, pos),
                   text);
        if (slow.length == 0)
            continue;
        std::string encoded;
        utf8::append(encoded, slow.cp);
        FUZZ_CHECK(encoded == text.substr(pos, static_cast<std::size_t>(slow.length)), text);
        char buffer[4];
        const char *end = utf8::write(buffer, slow.cp);
        FUZZ_CHECK(std::string_view(buffer, static_cast<std::size_t>(end - buffer)) == encoded,
                   text);
    }
}

void checkControls(std::string_view text)
{
    const std::string_view keep = "\t\r\n";
    const std::string cleaned = utf8::replaceControls(text, keep);
    for (std::size_t pos = 0; pos < cleaned.size(); ++pos) {
        const int length = utf8::controlLengthAt(cleaned, pos);
        FUZZ_CHECK(length == 0 || (length == 1 && keep.find(cleaned[pos]) != keep.npos), text);
    }
    if (utf8::isValid(text))
        FUZZ_CHECK(utf8::isValid(cleaned), text);
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

std::string withoutReplacements(std::string_view text)
{
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        if (text.substr(pos, kReplacement.size()) == kReplacement) {
            pos += kReplacement.size();
            continue;
        }
        out += text[pos++];
    }
    return out;
}

void checkSanitized(std::string_view text)
{
    const std::string out = utf8::sanitized(text);
    FUZZ_CHECK(referenceIsValid(out), text);
    if (referenceIsValid(text))
        FUZZ_CHECK(out == text, text);
    FUZZ_CHECK(utf8::sanitized(out) == out, text);
    // The valid sequences of the input, found by skipping one byte at a time over invalid ones,
    // are exactly what is left of the output once its U+FFFD are taken out.
    std::string valid;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t length = referenceSequenceLength(text, pos);
        if (length == 0) {
            ++pos;
            continue;
        }
        valid.append(text.substr(pos, length));
        pos += length;
    }
    FUZZ_CHECK(withoutReplacements(out) == withoutReplacements(valid), text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkDecoding(text);
    checkControls(text);
    checkSanitized(text);
    return 0;
}
