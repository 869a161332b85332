// SPDX-License-Identifier: MIT
#pragma once

#include "db/dbtypes.h" // AccessEvent with its Qt metatype

#include <QFrame>

#include <optional>

class QLabel;

namespace attlog::ui {

// The large "last pass" panel above the Live table: time, person, direction, door, in a size
// readable from two metres (the name at least kMinNamePixels high at 100 % text size, more at a
// larger one; the sizes follow the application font). GUI thread only.
class LastPassPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LastPassPanel)

public:
    explicit LastPassPanel(QWidget *parent = nullptr);
    void showEvent(const AccessEvent &event);
    void clear();
    QLabel *personLabel() const { return m_person; }

    static constexpr int kMinNamePixels = 36;

private:
    void applyFonts();

    QLabel *m_icon;
    QLabel *m_time;
    QLabel *m_person;
    QLabel *m_direction;
    QLabel *m_door;
    std::optional<AccessEvent> m_shown; // the pass shown, for a change of colours
};

} // namespace attlog::ui
