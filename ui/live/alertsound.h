// SPDX-License-Identifier: MIT
#pragma once

#include "core/alert/watchlist.h"

#include <QByteArray>

namespace attlog::ui {

// Plays a built-in alert sound without waiting for it. On Windows (the guard post's platform) the
// alarm and the chime are tones made here and played from memory with PlaySound (winmm), the beep
// is the system's exclamation sound; Qt Multimedia is not needed (nor built into the Windows Qt).
// Elsewhere every sound is the platform's beep (QApplication::beep()).
void playAlertSound(alert::AlertSound sound);

// The WAV file (PCM, 16 bit, mono, 22,050 Hz) of a synthesised sound; empty for Beep and None.
QByteArray alertSoundWave(alert::AlertSound sound);

} // namespace attlog::ui
