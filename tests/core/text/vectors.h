// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace attlog::test {

// One row of tests/data/mojibake_vectors.tsv (a copy of the project's shared vectors).
struct MojibakeVector
{
    std::string original;
    std::string mojibakeWindows; // byte 0x98 stored as U+0098
    std::string mojibakeLossy;   // byte 0x98 stored as '?'
    std::string expectedRepair;
    std::string note;
};

// Reads every data row (the header is skipped). A missing file gives an empty list, which the
// callers REQUIRE to be non-empty.
std::vector<MojibakeVector> loadMojibakeVectors();

} // namespace attlog::test
