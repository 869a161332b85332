// SPDX-License-Identifier: MIT
#pragma once

#include "core/demo/democonfig.h"
#include "core/text/mojibake.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace attlog {

enum class DemoShiftKind
{
    Weekdays,      // Monday to Friday (a Saturday now and then)
    DayRotation,   // two days on, two off
    NightRotation, // two nights on, two off; the shift crosses midnight
};

// A door (or turnstile) with one device and an entry and an exit reader. The text fields hold
// what iVMS stores: for a mojibake door every text field is mojibake in the same lost-byte form.
struct DemoDoor
{
    std::string plainName; // the correct name, for tests and logs
    std::string doorName;
    std::string readerIn;
    std::string readerOut;
    std::string deviceName;
    std::string deviceSN;
    std::string directionIn; // the stored direction words of this device ("vhod", "checkIn", …)
    std::string directionOut;
    std::optional<text::LostByteForm> mojibake;
};

struct DemoPerson
{
    std::string plainName;  // the correct name
    std::string personName; // as stored: plainName or its mojibake
    std::optional<text::LostByteForm> mojibake;
    std::optional<std::string> employeeID; // stable; empty for card-only people
    std::string cardNo;                    // 10 digits, unique
    std::string department;
    DemoShiftKind shift = DemoShiftKind::Weekdays;
    int shiftStartMinute = 8 * 60; // minutes after midnight
    int shiftMinutes = 9 * 60;
    int rotationPhase = 0; // 0..3: where a rotation's four-day cycle starts
    bool takesLunch = false;
    std::size_t homeDoor = 0; // index into DemoWorld::doors
};

// The fixed part of the demo: doors and people. A function of config.seed and config.people
// only, so the simulated live writer rebuilds the very people the generated history has.
struct DemoWorld
{
    std::vector<DemoDoor> doors;    // 6..10
    std::vector<DemoPerson> people; // config.people (clamped)
};

// The first people are a fixed showcase that guarantees the text cases (when people >= 11):
// 0: Russian name with И; 1: Russian with Ё; 2: Kazakh with Ә; 3: Kazakh with Ұ;
// 4: Ukrainian with Ї; 5: Ukrainian with Є; 6: Ukrainian with І — all stored correctly;
// 7..10: names containing И or Ә (UTF-8 byte 0x98) stored as mojibake in the lost-byte forms
// C1Control, QuestionMark, ReplacementChar, Dropped. About 30% of all people are mojibake.
inline constexpr std::size_t kDemoShowcasePeople = 11;

DemoWorld makeDemoWorld(const DemoConfig &config);

} // namespace attlog
