// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>

namespace attlog::text {

// The streaming behind `attlog repair [FILE...]`: reads UTF-8 lines from `in` and writes each one
// repaired (core/text/repair.h) to `out`, one output line per input line, every other byte kept:
// the line ends are copied as they were ("\n" or "\r\n"), and a last line without a newline stays
// without one. A line that is not valid UTF-8 is passed through byte for byte, and the first such
// line is reported on `err` (once per call, with its line number). Lines of any length; memory
// stays bounded by the longest line plus a fixed buffer. `in` and `out` should be binary streams
// (on Windows, a text-mode stream would turn "\r\n" into "\n" and back).
//
// Returns 0, or 1 after a read or write error (reported on `err`). Runs on the caller's thread;
// concurrent calls are independent.
int repairLines(std::FILE *in, std::FILE *out, std::FILE *err);

} // namespace attlog::text
