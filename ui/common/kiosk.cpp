// SPDX-License-Identifier: MIT
#include "ui/common/kiosk.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSettings>

#ifdef _WIN32
#include <windows.h>
#endif

namespace attlog::ui {

namespace {

const QString kKey = QStringLiteral("kiosk/password");

// Constant-time comparison: how long it takes says nothing about how much matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QByteArray kioskPasswordHash(const QString &password, const QByteArray &salt, int rounds)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password.toUtf8());
    mac.addData(salt);
    mac.addData(QByteArray("\x00\x00\x00\x01", 4)); // block 1
    QByteArray u = mac.result();
    QByteArray result = u;
    for (int i = 1; i < rounds; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype k = 0; k < result.size(); ++k)
            result[k] = char(result[k] ^ u[k]);
    }
    return result;
}

void setKioskPassword(QSettings &settings, const QString &password)
{
    if (password.isEmpty()) {
        settings.remove(kKey);
        return;
    }
    QByteArray salt(16, Qt::Uninitialized);
    for (char &c : salt)
        c = char(QRandomGenerator::system()->bounded(256));
    const QByteArray hash = kioskPasswordHash(password, salt, kKioskHashRounds);
    settings.setValue(
        kKey, QStringLiteral("%1:%2:%3")
                  .arg(kKioskHashRounds)
                  .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(hash.toHex())));
}

bool hasKioskPassword(QSettings &settings)
{
    return !settings.value(kKey).toString().isEmpty();
}

bool checkKioskPassword(QSettings &settings, const QString &password)
{
    const QStringList parts = settings.value(kKey).toString().split(QLatin1Char(':'));
    if (parts.size() != 3)
        return false;
    bool ok = false;
    const int rounds = parts[0].toInt(&ok);
    if (!ok || rounds < 1 || rounds > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[1].toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts[2].toLatin1());
    return sameBytes(kioskPasswordHash(password, salt, rounds), expected);
}

bool keepDisplayAwake(bool on)
{
#ifdef _WIN32
    return SetThreadExecutionState(on ? ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
                                      : ES_CONTINUOUS) != 0;
#else
    (void)on;
    return false;
#endif
}

} // namespace attlog::ui
