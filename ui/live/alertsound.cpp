// SPDX-License-Identifier: MIT
#include "ui/live/alertsound.h"

#include <QApplication>
#include <QtEndian>

#include <cmath>
#include <numbers>

#ifdef _WIN32
#include <windows.h>
// mmsystem.h needs windows.h first.
#include <mmsystem.h>
#endif

namespace attlog::ui {

namespace {

constexpr int kRate = 22050;

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

// A tone of `hz` for `ms`, its amplitude shaped by `envelope(t)` (t in 0..1).
template <typename Envelope>
void appendTone(std::vector<qint16> &samples, double hz, int ms, Envelope envelope)
{
    const int count = kRate * ms / 1000;
    for (int i = 0; i < count; ++i) {
        const double t = double(i) / count;
        const double value = std::sin(2 * std::numbers::pi * hz * i / kRate) * envelope(t);
        samples.push_back(qint16(std::lround(value * 0.6 * 32767)));
    }
}

QByteArray wave(const std::vector<qint16> &samples)
{
    QByteArray out;
    const auto dataBytes = quint32(samples.size() * 2);
    out.append("RIFF", 4);
    appendLe32(out, 36 + dataBytes);
    out.append("WAVEfmt ", 8);
    appendLe32(out, 16);
    appendLe16(out, 1); // PCM
    appendLe16(out, 1); // mono
    appendLe32(out, kRate);
    appendLe32(out, kRate * 2);
    appendLe16(out, 2);
    appendLe16(out, 16);
    out.append("data", 4);
    appendLe32(out, dataBytes);
    for (const qint16 sample : samples)
        appendLe16(out, quint16(sample));
    return out;
}

} // namespace

QByteArray alertSoundWave(alert::AlertSound sound)
{
    std::vector<qint16> samples;
    // Short fades at both ends: no click.
    const auto flat = [](double t) { return std::min({1.0, t * 20, (1 - t) * 20}); };
    switch (sound) {
    case alert::AlertSound::Alarm:
        for (int i = 0; i < 4; ++i) {
            appendTone(samples, 880, 160, flat);
            appendTone(samples, 660, 160, flat);
        }
        break;
    case alert::AlertSound::Chime:
        appendTone(samples, 1046.5, 220, [](double t) { return std::min(1.0, t * 20) * (1 - t); });
        appendTone(samples, 1318.5, 480, [](double t) { return std::min(1.0, t * 20) * (1 - t); });
        break;
    case alert::AlertSound::Beep:
    case alert::AlertSound::None:
        return {};
    }
    return wave(samples);
}

void playAlertSound(alert::AlertSound sound)
{
    if (sound == alert::AlertSound::None)
        return;
#ifdef _WIN32
    if (sound == alert::AlertSound::Beep) {
        MessageBeep(MB_ICONEXCLAMATION);
        return;
    }
    // PlaySound reads the memory while it plays: the waves live as long as the program.
    static const QByteArray alarm = alertSoundWave(alert::AlertSound::Alarm);
    static const QByteArray chime = alertSoundWave(alert::AlertSound::Chime);
    const QByteArray &wave = sound == alert::AlertSound::Alarm ? alarm : chime;
    if (!PlaySoundW(reinterpret_cast<LPCWSTR>(wave.constData()), nullptr,
                    SND_MEMORY | SND_ASYNC | SND_NODEFAULT))
        MessageBeep(MB_ICONEXCLAMATION);
#else
    QApplication::beep();
#endif
}

} // namespace attlog::ui
