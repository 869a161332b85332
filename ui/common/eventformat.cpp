// SPDX-License-Identifier: MIT
#include "ui/common/eventformat.h"

#include "ui/common/appearance.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace attlog::ui {

namespace {

QIcon makeArrowIcon(Direction direction)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(directionColor(direction));
    if (direction == Direction::Unknown) {
        painter.drawEllipse(QRectF(6, 6, 20, 20));
    } else {
        // An arrow into the door (right) for entries, out of it (left) for exits.
        const bool in = direction == Direction::In;
        QPolygonF arrow;
        arrow << QPointF(4, 12) << QPointF(18, 12) << QPointF(18, 5) << QPointF(29, 16)
              << QPointF(18, 27) << QPointF(18, 20) << QPointF(4, 20);
        if (!in) {
            for (QPointF &p : arrow)
                p.setX(32 - p.x());
        }
        painter.drawPolygon(arrow);
    }
    return QIcon(pixmap);
}

} // namespace

QString displayDateTime(const AccessEvent &event)
{
    if (!event.time)
        return QCoreApplication::translate("EventFormat", "time unknown");
    return displayTime(*event.time);
}

QString displayTime(DateTime dt)
{
    return QLocale().toString(toQDateTime(dt), QStringLiteral("dd.MM.yyyy HH:mm:ss"));
}

QString displayDate(Date date)
{
    return QLocale().toString(toQDate(date), QStringLiteral("dd.MM.yyyy"));
}

QString directionText(Direction direction)
{
    switch (direction) {
    case Direction::In:
        return QCoreApplication::translate("EventFormat", "In");
    case Direction::Out:
        return QCoreApplication::translate("EventFormat", "Out");
    case Direction::Unknown:
        break;
    }
    return QCoreApplication::translate("EventFormat", "Unknown");
}

QColor directionColor(Direction direction)
{
    if (darkColours()) { // lighter shades: readable on a dark background
        switch (direction) {
        case Direction::In:
            return QColor(0x66, 0xbb, 0x6a);
        case Direction::Out:
            return QColor(0x64, 0xb5, 0xf6);
        case Direction::Unknown:
            break;
        }
        return QColor(0xff, 0xb7, 0x4d);
    }
    switch (direction) {
    case Direction::In:
        return QColor(0x2e, 0x7d, 0x32); // green
    case Direction::Out:
        return QColor(0x15, 0x65, 0xc0); // blue
    case Direction::Unknown:
        break;
    }
    return QColor(0xef, 0x6c, 0x00); // orange
}

QIcon directionIcon(Direction direction)
{
    static const QIcon in = makeArrowIcon(Direction::In);
    static const QIcon out = makeArrowIcon(Direction::Out);
    static const QIcon unknown = makeArrowIcon(Direction::Unknown);
    switch (direction) {
    case Direction::In:
        return in;
    case Direction::Out:
        return out;
    case Direction::Unknown:
        break;
    }
    return unknown;
}

QString displayMinutes(qint64 minutes)
{
    if (minutes < 0)
        return {};
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace attlog::ui
