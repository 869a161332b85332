// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace attlog::test {

// Full path of a file in the shared test-data folder (../shared/data beside the repository; the
// build sets ATTLOG_SHARED_DATA_DIR). Tests REQUIRE that the file opens: missing data fails.
inline std::string sharedDataPath(std::string_view file)
{
    std::string path = ATTLOG_SHARED_DATA_DIR;
    path += '/';
    path += file;
    return path;
}

} // namespace attlog::test
