// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"
#include "core/report/personindex.h"
#include "core/report/worktimecalculator.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attlog::report {

// What the pass log shows that should not happen (`attlog report anomalies`, the viewer's
// Anomalies window). Plain C++, no Qt.
enum class AnomalyKind : std::uint8_t
{
    DoubleEntry,      // two entries of one person with no exit between them (anti-passback)
    ExitWithoutEntry, // an exit whose pass before it is an exit too, or that has none before it
    ImpossibleTravel, // one person at two doors closer in time than anyone can walk
    GhostDuplicate,   // one pass written twice (ghostpairs.h): reported only as this
    UnusualHours,     // a pass at an hour of the day the person is not usually seen at
};
inline constexpr int kAnomalyKinds = 5;

// "double_entry", "exit_without_entry", "impossible_travel", "ghost_duplicate", "unusual_hours"
std::string_view anomalyKindName(AnomalyKind kind);
std::optional<AnomalyKind> anomalyKindFromName(std::string_view name);

struct Anomaly
{
    AnomalyKind kind = AnomalyKind::DoubleEntry;
    std::uint32_t person = 0; // index into AnomalyReport::people
    // A pair's two passes in time order; a single pass (unusual hours, an exit with nothing
    // before it) has no second.
    DateTime firstTime;
    std::optional<DateTime> secondTime;
    std::string doorFirst;
    std::string doorSecond; // "" without a second pass
    std::string detail;     // English words for the CSV/JSON detail column
    std::string usualHours; // UnusualHours: the person's usual hours ("07:00-19:00, …")
};

struct AnomalyOptions
{
    // Ghost duplicates: a repeat within this many seconds (as the reports' double-scan window).
    std::int64_t repeatWindowSeconds = 60;
    // Impossible travel: two different doors less than this many seconds apart.
    std::int64_t minTravelSeconds = 60;
    // Usual hours are learned from the passes of this many days before the period (and the
    // period itself); a person is judged only after usualMinDays days with passes. An hour of
    // the day is usual when the person had a pass within an hour of it on at least
    // usualMinShare of those days (and on two days at least).
    int learnDays = 28;
    int usualMinDays = 10;
    double usualMinShare = 0.1;
};

struct AnomalyReport
{
    DateTime from; // anomalies whose latest pass lies in [from, to)
    DateTime to;
    std::vector<PersonRecord> people;                 // employee ID and shown name per index
    std::vector<Anomaly> anomalies;                   // by first time, then kind, then person
    std::array<std::int64_t, kAnomalyKinds> counts{}; // by kind
};

// The events find(from, to) needs: learnDays days before `from` up to `to`.
EventTimeRange anomalyEventRange(DateTime from, DateTime to, const AnomalyOptions &options);

// Collects passes (any order, any number of batches; passes without a time or without anybody
// — no employee ID, card or name — are left out), then find(). Keeps 24 bytes a pass.
class AnomalyFinder
{
public:
    explicit AnomalyFinder(AnomalyOptions options = {});

    void add(std::span<const AccessEvent> events);
    AnomalyReport find(DateTime from, DateTime to);

private:
    struct Pass
    {
        std::int64_t time;
        std::uint32_t person;
        std::uint32_t door;
        std::uint32_t order; // arrival order: ties in time keep it
        Direction direction;
        bool ghost; // the second pass of a ghost pair
    };

    AnomalyOptions m_options;
    PersonIndex m_people;
    std::unordered_map<std::string, std::uint32_t> m_doorIndex;
    std::vector<std::string> m_doors;
    std::vector<Pass> m_passes;
};

} // namespace attlog::report
