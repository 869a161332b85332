// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace attlog::report {

// How busy each door usually is, hour by hour, learned from weeks of passes: which doors the
// Live status bar calls silent. Plain C++, no Qt.
struct DoorUsage
{
    // Per weekday (0 = Monday) and hour of the day: on how many of the period's days of that
    // weekday the door had a pass in that hour.
    std::array<std::array<int, 24>, 7> daysAt{};
    std::array<std::int64_t, 24> gap{}; // the usual gap (90th percentile) between two passes that
                                        // begins in that hour, seconds; 0 = not known
    std::optional<DateTime> lastPass;   // the newest pass the learning saw
};

struct DoorActivityModel
{
    DateTime learnedFrom;
    DateTime learnedTo;
    std::array<int, 7> weekdays{};          // how many days of each weekday the period held
    std::map<std::string, DoorUsage> doors; // by door as shown (doorName, else device name)
};

struct SilentDoor
{
    std::string door;
    std::int64_t silentSeconds = 0; // since its last pass
    std::int64_t usualGapSeconds = 0;
};

struct DoorSilenceOptions
{
    // A door counts as silent only after this long without a pass, however busy it usually is.
    std::int64_t minimumSeconds = 600;
    // ...and after this many of its usual gaps.
    int gapFactor = 3;
};

// Collects the passes of the learning period (any order, any number of batches), then learn().
class DoorActivityLearner
{
public:
    void add(std::span<const AccessEvent> events);
    // The model of the period [from, to) the passes were read from.
    DoorActivityModel learn(DateTime from, DateTime to);

private:
    std::map<std::string, std::vector<std::int64_t>> m_times; // per door
};

// The doors that usually have passes at this hour of this weekday (on at least half of the
// period's days of that weekday) and have had none for longer than DoorSilenceOptions allows, the
// longest silence first. `lastPass` holds the newest pass per door seen since learning (Live); the
// model's own newest pass counts too.
std::vector<SilentDoor> silentDoors(const DoorActivityModel &model,
                                    const std::map<std::string, DateTime> &lastPass, DateTime now,
                                    const DoorSilenceOptions &options = {});

} // namespace attlog::report
