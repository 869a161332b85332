// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/datetime.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <filesystem>
#include <optional>
#include <string_view>

namespace attlog {

// The one place where core's Qt-free values meet Qt's: text (core holds UTF-8), date-times (core
// holds naive wall-clock times, never converted between time zones) and file paths.

inline QString qs(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QDateTime toQDateTime(DateTime dt);
// `value` must be valid (a date-time edit's value, the clock).
DateTime fromQDateTime(const QDateTime &value);
// nullopt for an invalid value or a date outside the proleptic calendar core covers.
std::optional<DateTime> checkedDateTime(const QDateTime &value);
QDate toQDate(Date date);
Date fromQDate(QDate date);

// A file name as the operating system takes it (UTF-16 on Windows, UTF-8 elsewhere), and back.
std::filesystem::path toPath(const QString &path);
QString fromPath(const std::filesystem::path &path);

} // namespace attlog
