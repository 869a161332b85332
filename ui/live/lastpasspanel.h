// SPDX-License-Identifier: MIT
#pragma once

#include "db/dbtypes.h" // AccessEvent with its Qt metatype

#include <QFrame>

class QLabel;

namespace attlog::ui {

// The large "last pass" panel above the Live table: time, person, direction, door, in a size
// readable from two metres. GUI thread only.
class LastPassPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastPassPanel)

public:
    explicit LastPassPanel(QWidget *parent = nullptr);
    void showEvent(const AccessEvent &event);
    void clear();

private:
    QLabel *m_icon;
    QLabel *m_time;
    QLabel *m_person;
    QLabel *m_direction;
    QLabel *m_door;
};

} // namespace attlog::ui
