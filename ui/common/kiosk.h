// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace attlog::ui {

// The supervisor's kiosk password is kept only as a salted, stretched hash (PBKDF2-HMAC-SHA256,
// kKioskHashRounds rounds) under "kiosk/password": "<rounds>:<salt hex>:<hash hex>". The password
// itself is never stored or logged.
inline constexpr int kKioskHashRounds = 60000;

void setKioskPassword(QSettings &settings, const QString &password); // empty: none
bool hasKioskPassword(QSettings &settings);
bool checkKioskPassword(QSettings &settings, const QString &password);
// PBKDF2-HMAC-SHA256 (RFC 8018) of `password` (UTF-8), one 32-byte block.
QByteArray kioskPasswordHash(const QString &password, const QByteArray &salt, int rounds);

// Keeps the display on and the computer awake while `on` (Windows: SetThreadExecutionState on the
// calling thread, the GUI thread; elsewhere the desktop's own settings decide: false is returned).
bool keepDisplayAwake(bool on);

} // namespace attlog::ui
