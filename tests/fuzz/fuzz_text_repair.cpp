// SPDX-License-Identifier: MIT
// Fuzz target: mojibake repair (core/text/repair.h, repairer.h) and the forward transform
// (mojibake.h). Properties:
// - repair() of valid UTF-8 is valid UTF-8; invalid input comes back unchanged (InvalidUtf8);
// - a Repairer kept across calls (as the readers keep one) gives what a fresh repair() gives, and
//   what the UTF-16 overload gives for the same text;
// - Repairer::scan() says Invalid only for invalid UTF-8, and Clean only for valid text that
//   repair() leaves as it is;
// - toMojibake() always returns valid UTF-8 (for every lost-byte form), whatever the bytes;
//   toCp1252Mojibake() of valid text is valid.
// The input is also run through toMojibake() once, so the repair engine sees mojibake-shaped text
// built from whatever the fuzzer found, not only what it typed.
#include "core/text/mojibake.h"
#include "core/text/repair.h"
#include "core/text/repairer.h"

#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/utf8reference.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace attlog::text;
using attlog::fuzz::referenceIsValid;

namespace {

// One engine for the whole run, like a reader thread's.
Repairer &keptRepairer()
{
    static Repairer repairer;
    return repairer;
}

std::u16string toUtf16(std::string_view utf8)
{
    std::u16string out;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto b0 = static_cast<unsigned char>(utf8[pos]);
        const std::size_t length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        char32_t cp = length == 1   ? b0
                      : length == 2 ? b0 & 0x1F
                      : length == 3 ? b0 & 0x0F
                                    : b0 & 0x07;
        for (std::size_t i = 1; i < length; ++i)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[pos + i]) & 0x3F);
        if (cp >= 0x10000) {
            out += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            out += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
        pos += length;
    }
    return out;
}

void checkRepair(std::string_view text)
{
    const bool valid = referenceIsValid(text);
    const std::string repaired = repair(text);
    // scan() may call invalid text a Candidate (it looks closer later), never the reverse.
    const Repairer::Scan scan = Repairer::scan(text);
    if (scan == Repairer::Scan::Invalid)
        FUZZ_CHECK(!valid, text);
    if (scan == Repairer::Scan::Clean)
        FUZZ_CHECK(valid && repaired == text, text);
    if (!valid) {
        FUZZ_CHECK(repaired == text, text);
    } else {
        FUZZ_CHECK(referenceIsValid(repaired), text);
        FUZZ_CHECK(repair(toUtf16(text)) == toUtf16(repaired), text);
    }

    std::string kept = "prefix:";
    const RepairOutcome outcome = keptRepairer().repairInto(text, kept);
    FUZZ_CHECK(kept == "prefix:" + repaired, text);
    FUZZ_CHECK((outcome == RepairOutcome::InvalidUtf8) == !valid, text);
    FUZZ_CHECK((outcome == RepairOutcome::Repaired) == (repaired != text), text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkRepair(text);
    for (const LostByteForm form : {LostByteForm::C1Control, LostByteForm::QuestionMark,
                                    LostByteForm::ReplacementChar, LostByteForm::Dropped}) {
        const std::string mojibake = toMojibake(text, form);
        FUZZ_CHECK(referenceIsValid(mojibake), text);
        if (form == LostByteForm::C1Control || form == LostByteForm::Dropped)
            checkRepair(mojibake);
    }
    if (referenceIsValid(text)) {
        for (const LostByteForm form :
             {LostByteForm::C1Control, LostByteForm::QuestionMark, LostByteForm::Dropped}) {
            const std::string latin = toCp1252Mojibake(text, form);
            FUZZ_CHECK(referenceIsValid(latin), text);
            checkRepair(latin);
        }
    }
    return 0;
}
