// SPDX-License-Identifier: MIT
#include "ui/live/lastpasspanel.h"

#include "ui/common/appearance.h"
#include "ui/common/eventformat.h"

#include <QApplication>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace attlog::ui {

namespace {

QLabel *makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// `scale` times the application font, at least `minPixels` (times the text size setting).
void setScaledFont(QLabel *label, double scale, bool bold, int minPixels)
{
    const QFont base = QApplication::font();
    QFont font = base;
    font.setBold(bold);
    // The application font's size in pixels (QFontInfo may not know it on Windows before the
    // label is shown: then from its points at 96 dpi).
    const int basePixels = QFontInfo(base).pixelSize();
    const double size = basePixels > 0 ? basePixels : base.pointSizeF() * 96.0 / 72.0;
    const long pixels = std::lround(size * scale);
    font.setPixelSize(int(std::max(pixels, std::lround(minPixels * fontScale()))));
    label->setFont(font);
}

} // namespace

LastPassPanel::LastPassPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_time(makeLabel(this))
    , m_person(makeLabel(this))
    , m_direction(makeLabel(this))
    , m_door(makeLabel(this))
{
    applyFonts();
    // A new text size or new colours: the sizes follow the application font, the direction's
    // colour follows the colours, and the labels under the panel's style sheet take the new
    // palette only when polished again.
    connect(appearanceSignals(), &AppearanceSignals::changed, this, [this] {
        applyFonts();
        setStyleSheet(QString());
        for (QLabel *label : {m_time, m_person, m_direction, m_door}) {
            label->setStyleSheet(QString());
            style()->unpolish(label);
            style()->polish(label);
        }
        if (m_shown)
            showEvent(*m_shown);
    });
    m_person->setAccessibleName(tr("Last pass: person"));
    m_time->setAccessibleName(tr("Last pass: time"));
    m_direction->setAccessibleName(tr("Last pass: direction"));
    m_door->setAccessibleName(tr("Last pass: door"));
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

void LastPassPanel::applyFonts()
{
    setScaledFont(m_time, 2.0, true, 30);
    setScaledFont(m_person, 2.4, true, kMinNamePixels);
    setScaledFont(m_direction, 2.0, true, 30);
    setScaledFont(m_door, 1.5, false, 22);
}

void LastPassPanel::showEvent(const AccessEvent &event)
{
    m_shown = event;
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
    setAccessibleDescription(
        tr("%1, %2, %3, %4")
            .arg(person, directionText(event.direction), qs(event.door), m_time->text()));
    setStyleSheet(
        QStringLiteral("#lastPassPanel { border-left: 8px solid %1; }").arg(color.name()));
}

void LastPassPanel::clear()
{
    m_shown.reset();
    m_icon->clear();
    m_time->clear();
    m_person->setText(tr("Waiting for the next pass…"));
    m_direction->clear();
    m_door->clear();
    setStyleSheet({});
}

} // namespace attlog::ui
