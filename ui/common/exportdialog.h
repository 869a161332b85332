// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace attlog::ui {

// The file choice and the messages around an export. GUI thread only.
class ExportDialog final
{
public:
    struct Target
    {
        QString path;
        bool xlsx = true;
        // ';' where the locale's decimal separator is a comma (Russian Excel), else ','.
        char csvDelimiter = ';';
    };

    // Asks for the file (XLSX or CSV by the chosen filter or the typed extension); remembers the
    // folder and the format. nullopt when the user cancels.
    static std::optional<Target> askTarget(QWidget *parent, const QString &title,
                                           const QString &baseName);
    static void reportDone(QWidget *parent, qint64 rows, const QString &path);
    static void reportFailure(QWidget *parent, const QString &message);
};

} // namespace attlog::ui
