// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"
#include "core/report/passlog.h"
#include "core/report/personindex.h"
#include "core/report/reportrules.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attlog {

enum class PresenceStatus : std::uint8_t
{
    Inside,
    Outside,
    Unknown
};
std::string_view presenceStatusName(PresenceStatus status); // "inside", "outside", "unknown"

// One person on the board, as of PresenceWindow::at.
struct PresenceRow
{
    std::string identity;   // personIdentity(): "e:<id>", "c:<card>" or "n:<name>"
    std::string employeeId; // may be empty
    std::string card;       // the card of the newest event, may be empty
    std::string person;     // the newest non-empty repaired name (by event time)
    // From the events replayed in time order after double-scan suppression: In -> inside,
    // Out -> outside, Unknown by the rules; unknown when no event decided it (every event in the
    // window was an ignored unknown direction).
    PresenceStatus status = PresenceStatus::Unknown;
    DateTime lastTime;                            // the last counted event in the window
    std::string lastDoor;                         // its door
    Direction lastDirection = Direction::Unknown; // its stored direction
    std::int64_t secondsAgo = 0;                  // at - lastTime, >= 0
};

struct PresenceCounts
{
    int inside = 0;
    int outside = 0;
    int unknown = 0;
    int total() const { return inside + outside + unknown; }
};

// The events a board query looks at: from <= time <= at (both inclusive). `at` is the moment the
// board is shown for ("now" for the live board, --at for the CLI).
struct PresenceWindow
{
    DateTime from;
    DateTime at;
};

enum class PresenceWindowKind : std::uint8_t
{
    SinceMidnight, // from 00:00 of now's date (the default)
    Last24Hours,
    Last7Days,
};
PresenceWindow presenceWindow(PresenceWindowKind kind, DateTime now);

// The evacuation list looks back at least this far before `at`, whatever window the board shows:
// a night shift that came in before midnight is inside at 03:00.
inline constexpr std::int64_t kEvacuationLookbackSeconds = kSecondsPerDay;
// The window the evacuation list of `window` reads: from the earlier of window.from and
// at - kEvacuationLookbackSeconds, to window.at. The viewer and `attlog report presence
// --evacuation` both list PresenceBoard::evacuation() of this window.
PresenceWindow evacuationWindow(const PresenceWindow &window);

// Row filter for door filter and search; applied after the status is computed.
using PresenceFilter = std::function<bool(const PresenceRow &)>;
// Keeps rows whose last door is one of `doors` (exact repaired names). Empty list: keep all.
PresenceFilter presenceDoorFilter(std::vector<std::string> doors);
// Case-insensitive substring search over name, employee ID, card and last door; Latin and
// Cyrillic letters fold to lower case and ё matches е. An empty term keeps all.
PresenceFilter presenceSearch(std::string_view term);

struct PresenceSnapshot
{
    PresenceWindow window;
    std::vector<PresenceRow> rows; // filtered; ordered by person name, then identity
    PresenceCounts counts;         // of `rows`
    PresenceCounts allCounts;      // before the filter
};

// The people inside at `at`, for the evacuation printout.
struct EvacuationList
{
    DateTime at;
    std::vector<PresenceRow> people; // status == Inside, ordered by name
    int count() const { return static_cast<int>(people.size()); }
};

// Who-Where: the last known state of every person, fed incrementally.
//
// add() accepts events in any order: a late back-filled row with an older time than a person's
// newest event is inserted where it belongs in time and never overrides the newer state. The
// same event (equal key and time) added twice is stored once. Events without a time are ignored.
// add() is O(1) amortised for in-order events; snapshot() replays the events inside the window,
// O(events in window), so call it per view refresh, not per event.
//
// Not thread-safe, const queries included (they sort the stored events lazily): use from one
// thread (the GUI thread owning the model, or a worker).
class PresenceBoard
{
public:
    explicit PresenceBoard(PresenceRules rules = {});

    void add(const AccessEvent &event);
    void add(std::span<const AccessEvent> events);
    // Forgets events older than `time` (keep the board bounded under a live feed).
    void pruneBefore(DateTime time);
    void clear();

    // People with at least one stored event.
    std::size_t personCount() const { return m_people.size(); }
    // Stored events (repeats of one event counted once).
    std::size_t eventCount() const;
    const PresenceRules &rules() const { return m_rules; }

    // One row per person with at least one event inside the window.
    PresenceSnapshot snapshot(const PresenceWindow &window,
                              const PresenceFilter &filter = {}) const;
    EvacuationList evacuation(const PresenceWindow &window) const;

private:
    std::uint32_t doorIndex(const std::string &door);
    bool replay(std::uint32_t person, const PresenceWindow &window, PresenceRow &row) const;

    PresenceRules m_rules;
    PersonIndex m_people;
    mutable PassLog m_log; // normalized lazily by the const queries
    std::vector<std::string> m_doors;
    std::unordered_map<std::string, std::uint32_t> m_doorIndex;
    std::uint32_t m_lastDoor = PersonIndex::kNone; // most passes repeat the previous door
};

} // namespace attlog
