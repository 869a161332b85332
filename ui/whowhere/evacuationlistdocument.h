// SPDX-License-Identifier: MIT
#pragma once

#include "core/report/presenceboard.h"
#include "ui/reports/printablereport.h"

#include <QCoreApplication>
#include <QString>

namespace attlog::ui {

// The evacuation list: the people inside at a moment, with their last door and pass time, the
// count, the moment, the data source and the window the board looked at, and lines for the
// signature of whoever checks it. Builds HTML for a PrintableReport (print preview, PDF).
// A plain value; GUI thread only.
class EvacuationListDocument final
{
    Q_DECLARE_TR_FUNCTIONS(EvacuationListDocument)

public:
    // `windowFrom` is where the board's window starts (people whose last pass is older are not
    // on the board at all; the printout says so).
    EvacuationListDocument(EvacuationList list, DateTime windowFrom, QString sourceName);

    int count() const { return m_list.count(); }
    QString title() const;
    QString html() const;
    PrintableReport report() const;

private:
    EvacuationList m_list;
    DateTime m_windowFrom;
    QString m_sourceName;
};

} // namespace attlog::ui
