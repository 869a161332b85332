// SPDX-License-Identifier: MIT
#pragma once

#include "core/text/repair.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace attlog::text {

// The mojibake repair engine behind repair() (core/text/repair.h, which states what is repaired).
// It keeps its scratch buffers between calls, so repairing many strings allocates next to nothing.
// Not thread-safe: use one Repairer per thread.
class Repairer
{
public:
    // Appends the repaired form of `utf8` to `out`. Text that needs no repair, and input that is
    // not valid UTF-8, are appended unchanged.
    RepairOutcome repairInto(std::string_view utf8, std::string &out);

    // The one-pass fast path: Clean for valid text in which no code-page lead character is
    // followed by a strong continuation, '?' or U+FFFD (nothing to repair); Candidate when the
    // text must be looked at closely (it may still turn out invalid); Invalid for invalid UTF-8.
    enum class Scan
    {
        Clean,
        Candidate,
        Invalid,
    };
    static Scan scan(std::string_view utf8);

private:
    enum class Encoding
    {
        Cp1251,
        Cp1252,
    };

    struct Run
    {
        std::size_t begin = 0; // [begin, end) in the round's input
        std::size_t end = 0;
        std::size_t decodedBegin = 0; // [decodedBegin, decodedEnd) in m_decoded
        std::size_t decodedEnd = 0;
        bool ok = false;             // the whole run decodes into believable text
        bool selfSufficient = false; // ... with evidence enough to repair it on its own
    };

    bool repairRound(const std::u32string &in, std::u32string &out, Encoding encoding);
    Run decodeRun(const std::u32string &in, std::size_t begin, Encoding encoding);

    std::vector<std::u32string> m_rounds;
    std::u32string m_decoded;
    std::vector<Run> m_runs;
    bool m_decodedControl = false; // a round decoded a C1 control (double mojibake's middle layer)
};

} // namespace attlog::text
