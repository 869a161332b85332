// SPDX-License-Identifier: MIT
#include "tests/core/text/vectors.h"

#include "tests/support/testdata.h"

#include <fstream>

namespace attlog::test {
namespace {

std::vector<std::string> splitTabs(const std::string &line)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab - start));
        if (tab == std::string::npos)
            return fields;
        start = tab + 1;
    }
}

} // namespace

std::vector<MojibakeVector> loadMojibakeVectors()
{
    std::vector<MojibakeVector> rows;
    std::ifstream in(testDataPath("mojibake_vectors.tsv"), std::ios::binary);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (header) {
            header = false;
            continue;
        }
        if (line.empty())
            continue;
        auto f = splitTabs(line);
        f.resize(5);
        rows.push_back({f[0], f[1], f[2], f[3], f[4]});
    }
    return rows;
}

} // namespace attlog::test
