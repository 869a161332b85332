// SPDX-License-Identifier: MIT
#include "app/cli/textoutput.h"

#include "core/export/stagedfile.h"
#include "db/qtconvert.h"

#include <cstdio>
#include <fstream>

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
    attlog::StagedFile staged(attlog::toPath(out));
    if (!staged.prepare()) {
        *error = QString::fromStdString(staged.errorString());
        return false;
    }
    {
        std::ofstream file(staged.tempPath(), std::ios::binary | std::ios::trunc);
        file.write(text.data(), std::streamsize(text.size()));
        file.close();
        if (!file) {
            staged.discard();
            *error = QStringLiteral("cannot write %1").arg(out);
            return false;
        }
    }
    if (!staged.commit()) {
        *error = QString::fromStdString(staged.errorString());
        return false;
    }
    return true;
}
