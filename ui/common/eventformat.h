// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "db/qtconvert.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace attlog::ui {

// Display helpers shared by every table that shows events. All functions are GUI-thread only
// (they use tr() and cached icons).

// "27.11.2026 08:03:15" style, from the user's locale; "—" plus a flag text when the time is
// unknown.
QString displayDateTime(const AccessEvent &event);
QString displayTime(DateTime dt);
QString displayDate(Date date);
QString directionText(Direction direction);
QColor directionColor(Direction direction);
QIcon directionIcon(Direction direction);
// Minutes as "h:mm" (e.g. 8:05); empty for negative values.
QString displayMinutes(qint64 minutes);

} // namespace attlog::ui
