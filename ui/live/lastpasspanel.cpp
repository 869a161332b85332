// SPDX-License-Identifier: MIT
#include "ui/live/lastpasspanel.h"

#include "ui/common/eventformat.h"

#include <QGridLayout>
#include <QLabel>

namespace attlog::ui {

namespace {

QLabel *makeLabel(QWidget *parent, double scale, bool bold)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LastPassPanel::LastPassPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_time(makeLabel(this, 2.0, true))
    , m_person(makeLabel(this, 2.4, true))
    , m_direction(makeLabel(this, 2.0, true))
    , m_door(makeLabel(this, 1.5, false))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("lastPassPanel"));
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignCenter);
    layout->addWidget(m_person, 0, 1);
    layout->addWidget(m_time, 0, 2, Qt::AlignRight);
    layout->addWidget(m_door, 1, 1);
    layout->addWidget(m_direction, 1, 2, Qt::AlignRight);
    layout->setColumnStretch(1, 1);
    m_person->setWordWrap(true);
    clear();
}

void LastPassPanel::showEvent(const AccessEvent &event)
{
    const QColor color = directionColor(event.direction);
    m_icon->setPixmap(directionIcon(event.direction).pixmap(64, 64));
    m_time->setText(event.time ? toQDateTime(*event.time).toString(QStringLiteral("HH:mm:ss"))
                               : displayDateTime(event));
    m_time->setToolTip(displayDateTime(event));
    QString person = qs(event.person);
    if (person.isEmpty())
        person = event.card.empty() ? tr("(no name)") : tr("Card %1").arg(qs(event.card));
    m_person->setText(person);
    m_direction->setText(directionText(event.direction));
    m_direction->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
    m_door->setText(qs(event.door));
    setStyleSheet(
        QStringLiteral("#lastPassPanel { border-left: 8px solid %1; }").arg(color.name()));
}

void LastPassPanel::clear()
{
    m_icon->clear();
    m_time->clear();
    m_person->setText(tr("Waiting for the next pass…"));
    m_direction->clear();
    m_door->clear();
    setStyleSheet({});
}

} // namespace attlog::ui
