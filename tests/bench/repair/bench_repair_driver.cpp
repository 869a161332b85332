// SPDX-License-Identifier: MIT
// The `attlog repair` streaming path without the rest of the CLI: repairs FILE (or standard
// input) line by line to standard output, exactly as `attlog repair FILE` does.
//
// Usage: bench_repair_driver [FILE]
#include "core/text/repairstream.h"

#include <cstdio>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

int main(int argc, char *argv[])
{
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    std::FILE *in = stdin;
    if (argc > 1) {
        in = std::fopen(argv[1], "rb");
        if (!in) {
            std::perror(argv[1]);
            return 1;
        }
    }
    const int rc = attlog::text::repairLines(in, stdout, stderr);
    if (in != stdin)
        std::fclose(in);
    return rc;
}
