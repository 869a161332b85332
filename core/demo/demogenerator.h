// SPDX-License-Identifier: MIT
#pragma once

#include "core/demo/democonfig.h"
#include "core/demo/demorandom.h"
#include "core/demo/demorow.h"
#include "core/demo/demoworld.h"

#include <cstdint>
#include <vector>

namespace attlog {

// The demo history: every row of the iVMS table for config.days days ending with
// config.endDate (up to config.cutoff when set), ordered by serialNo, which rises by one per
// row. Deterministic: the same configuration gives identical rows on every platform.
//
// What it contains (rates are of rows, shifts or people; each case occurs at least once):
// - the doors and people of makeDemoWorld(config): 6–10 doors, Russian, Ukrainian and Kazakh
//   names, ~30% of people and a quarter of the doors stored as mojibake in all four lost-byte
//   forms, stable employee IDs (~7% of people have none: card only);
// - day shifts (~08:00–17:00, lunch exits ~12:00–13:00 for some), 12-hour day and night
//   rotations (night 20:00 → 08:00 across midnight), weekends mostly off;
// - ~2% of shifts without their final exit, ~3% of passes scanned twice within 1–5 s;
// - direction words in the vocabulary of each device (in/out, vhod/vihod, checkIn/checkOut,
//   Вход/Выход, IN/OUT; mojibake on mojibake doors) and ~1% unknown values ("", "unknown", "0",
//   garbage);
// - iVMS outages on about one working morning in ten: the passes of the outage are written
//   20–40 min after it ends, with higher serialNo than later passes (late back-fill);
// - ~0.5% of rows with authDateTime NULL and authDate in the forms "yyyy-MM-dd", "dd.MM.yyyy",
//   "yyyy/MM/dd"; other rows carry authDate "yyyy-MM-dd" and authTime "HH:mm:ss" as well.
// 60 days × 300 people give about 28,000 rows.
std::vector<DemoRow> generateDemoRows(const DemoConfig &config);

// One live pass for the simulated iVMS writer: a random person of `world` at a door (usually
// their own) at time `now`, serialNo lastSerialNo + 1, stored the way the history stores it.
// `world` must have people and doors (makeDemoWorld() always gives both).
DemoRow makeLiveDemoRow(const DemoWorld &world, std::int64_t lastSerialNo, DateTime now,
                        DemoRandom &rng);

} // namespace attlog
