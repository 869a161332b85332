// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace attlog::test {

// Full path of a file in the repository's test-data folder (tests/data; the build sets
// ATTLOG_TEST_DATA_DIR). Tests REQUIRE that the file opens: missing data fails.
inline std::string testDataPath(std::string_view file)
{
    std::string path = ATTLOG_TEST_DATA_DIR;
    path += '/';
    path += file;
    return path;
}

} // namespace attlog::test
