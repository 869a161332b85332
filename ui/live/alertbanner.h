// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace attlog::ui {

class AlertCenter;

// The band over the Live tab while an alert waits for acknowledgement: the rule, the pass (time,
// person, door, direction in words), "late" for a pass replayed by a back-fill, how many more
// wait, and Acknowledge (focused when an alert arrives, so Enter or Space acknowledges; Ctrl+Enter
// anywhere in the window through Alerts → Acknowledge). Hidden when nothing waits. GUI thread
// only.
class AlertBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(AlertCenter *center, QWidget *parent = nullptr);

    QString text() const;

private:
    void update();
    void applyFonts();

    AlertCenter *m_center;
    QLabel *m_text;
    QLabel *m_more;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
};

} // namespace attlog::ui
