// SPDX-License-Identifier: MIT
#include "app/cli/textoutput.h"

#include "core/export/stagedfile.h"
#include "db/qtconvert.h"

#include <cstdio>
#include <string>

bool writeTextOutput(const QString &out, std::string_view text, QString *error)
{
    if (out.isEmpty()) {
        if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() ||
            std::fflush(stdout) != 0) {
            *error = QStringLiteral("cannot write to standard output");
            return false;
        }
        return true;
    }
    std::string message;
    if (attlog::writeStagedFile(attlog::toPath(out), text, &message))
        return true;
    *error = attlog::qs(message);
    return false;
}
