// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace attlog::ui {

// The passes behind one figure of a report (traceability): time, direction, door and card of
// each, in time order, under a title that names the person and the date. GUI thread only.
class PassesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassesDialog)

public:
    PassesDialog(const QString &title, const std::vector<AccessEvent> &passes,
                 QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace attlog::ui
