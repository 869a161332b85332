// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

// FUZZ_CHECK(condition, input): a property every input must keep. When it does not, the input and
// the condition are printed and the process aborts, so libFuzzer saves the input as a crash file
// (crash-<sha1>) that can be replayed: ./fuzz_<name> crash-<sha1>.
namespace attlog::fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line,
                              std::string_view input)
{
    std::fprintf(stderr, "%s:%d: property failed: %s\ninput (%zu bytes):", file, line, condition,
                 input.size());
    for (const char c : input)
        std::fprintf(stderr, " %02x", static_cast<unsigned char>(c));
    std::fprintf(stderr, "\n");
    std::abort();
}

} // namespace attlog::fuzz

#define FUZZ_CHECK(condition, input)                                                               \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::attlog::fuzz::fail(#condition, __FILE__, __LINE__, (input));                         \
    } while (false)
