// SPDX-License-Identifier: MIT
#include "db/qtconvert.h"

#include <QTime>

namespace attlog {

QDateTime toQDateTime(DateTime dt)
{
    const CivilDate civil = civilFromDate(dateOf(dt));
    const int seconds = secondsOfDay(dt);
    return QDateTime(QDate(civil.year, civil.month, civil.day),
                     QTime(seconds / 3600, seconds / 60 % 60, seconds % 60));
}

DateTime fromQDateTime(const QDateTime &value)
{
    const QDate date = value.date();
    const QTime time = value.time();
    return makeDateTime(dateFromCivil(date.year(), date.month(), date.day()), time.hour(),
                        time.minute(), time.second());
}

std::optional<DateTime> checkedDateTime(const QDateTime &value)
{
    const QDate date = value.date();
    const QTime time = value.time();
    if (!date.isValid() || !time.isValid() || !isValidCivil(date.year(), date.month(), date.day()))
        return std::nullopt;
    return fromQDateTime(value);
}

QDate toQDate(Date date)
{
    const CivilDate civil = civilFromDate(date);
    return QDate(civil.year, civil.month, civil.day);
}

Date fromQDate(QDate date)
{
    return dateFromCivil(date.year(), date.month(), date.day());
}

std::filesystem::path toPath(const QString &path)
{
#ifdef _WIN32
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(path.toStdString());
#endif
}

QString fromPath(const std::filesystem::path &path)
{
    return QString::fromStdU16String(path.u16string());
}

} // namespace attlog
