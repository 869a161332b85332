// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/t13sheet.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace attlog::db {

// The T-13 sheets as they were last printed (written as a form), one per month, so the viewer can
// mark what changed since (rows back-filled late, a plan edited). Each is a small JSON file
// <folder>/t13-YYYY-MM.json, private to the user (names and hours); the default folder is
// <AppDataLocation>/printed. File I/O only; any thread.
class PrintedSheets
{
public:
    struct Printed
    {
        T13Sheet sheet;
        QDateTime printedAt; // UTC
    };

    explicit PrintedSheets(QString folder = defaultFolder());
    static QString defaultFolder();

    // Records `sheet` as printed now (replacing the month's earlier record). false with `error`.
    bool record(const T13Sheet &sheet, const QDateTime &printedAt, QString *error) const;
    // The month's record, or nullopt when it was never printed (or the record cannot be read).
    std::optional<Printed> find(int year, int month) const;

private:
    QString pathOf(int year, int month) const;
    QString m_folder;
};

} // namespace attlog::db
