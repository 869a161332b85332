// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <string_view>

// Writes `text` as it is to standard output (`out` empty) or to the file `out`, replaced only
// when complete (StagedFile: a device, pipe or folder is refused). false with `error` set.
bool writeTextOutput(const QString &out, std::string_view text, QString *error);
