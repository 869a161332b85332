// SPDX-License-Identifier: MIT
#include "app/cli/repaircommand.h"

#include "core/text/repairstream.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

int runRepairCommand(const QStringList &args)
{
    QStringList files;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            std::fputs(
                "Usage: attlog repair [FILE...]\n"
                "Repairs mojibake in each UTF-8 line of FILEs (or standard input) and writes\n"
                "the lines to standard output, one output line per input line.\n",
                stdout);
            return 0;
        }
        if (arg.startsWith(QLatin1Char('-')) && arg != QLatin1String("-")) {
            std::fprintf(stderr,
                         "attlog repair: unknown option %s\nUsage: attlog repair [FILE...]\n",
                         qPrintable(arg));
            return 2;
        }
        files << arg;
    }
#ifdef _WIN32
    // Bytes in, bytes out: no CRLF translation by the C runtime.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    if (files.isEmpty())
        files << QStringLiteral("-");

    int rc = 0;
    for (const QString &name : files) {
        if (name == QLatin1String("-")) {
            rc |= attlog::text::repairLines(stdin, stdout, stderr);
            continue;
        }
        if (QFileInfo(name).isDir()) {
            std::fprintf(stderr, "attlog repair: %s is a folder, not a file\n", qPrintable(name));
            rc = 1;
            continue;
        }
#ifdef _WIN32
        // The wide API: a Cyrillic file name does not survive the ANSI code page.
        std::FILE *in = _wfopen(reinterpret_cast<const wchar_t *>(name.utf16()), L"rb");
#else
        std::FILE *in = std::fopen(QFile::encodeName(name).constData(), "rb");
#endif
        if (!in) {
            std::fprintf(stderr, "attlog repair: cannot open %s\n", qPrintable(name));
            rc = 1;
            continue;
        }
        rc |= attlog::text::repairLines(in, stdout, stderr);
        std::fclose(in);
    }
    std::fflush(stdout);
    return rc;
}
