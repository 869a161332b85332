// SPDX-License-Identifier: MIT
#pragma once

#include "core/event/accessevent.h"
#include "core/event/datetime.h"

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace attlog {

// What the reports know about one person.
struct PersonRecord
{
    std::string identity;                                      // personIdentity()
    std::string employeeId;                                    // may be empty
    std::string card;                                          // from the newest event with a card
    std::string name;                                          // from the newest event with a name
    DateTime newest{std::numeric_limits<std::int64_t>::min()}; // the newest event time seen
};

// Maps events to dense person indexes (0, 1, 2, ... in order of first sight) by personIdentity()
// and keeps each person's shown name and card: those of the newest event by time, so a late row
// with an older time never renames anybody. An empty name or card never replaces a known one.
//
// Built for the report hot path: the identity is hashed from the event's fields without building
// a string and looked up in an open-addressing table. Not thread-safe.
class PersonIndex
{
public:
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

    std::uint32_t add(const AccessEvent &event, DateTime time);

    std::size_t size() const { return m_people.size(); }
    const PersonRecord &operator[](std::uint32_t index) const { return m_people[index]; }
    void clear();
    // Keeps the people with keep[i] set, in their order; returns old index -> new index (kNone
    // for the dropped).
    std::vector<std::uint32_t> retain(const std::vector<bool> &keep);

private:
    // The lookup touches only these compact arrays (a few hundred KB for 10,000 people), so it
    // stays in cache; a PersonRecord is touched only when a name or card changes.
    struct Slot
    {
        std::uint32_t personPlusOne = 0; // 0 = empty
        std::uint32_t hashHigh = 0;      // the upper half of the key hash
    };
    struct Hot
    {
        DateTime newest{std::numeric_limits<std::int64_t>::min()};
        std::uint64_t detailHash = 0; // hash of the newest (name, card)
        bool detailsKnown = false;    // detailHash is set
    };

    void rebuildSlots(std::size_t slotCount);
    std::string_view keyText(std::uint32_t person) const
    {
        return std::string_view(m_keyChars)
            .substr(m_keyOffsets[person], m_keyOffsets[person + 1] - m_keyOffsets[person]);
    }

    std::vector<PersonRecord> m_people;
    std::vector<std::uint64_t> m_hashes;        // key hash per person
    std::vector<Hot> m_hot;                     // per person
    std::string m_keyChars;                     // every identity, back to back ("e:17c:99...")
    std::vector<std::uint32_t> m_keyOffsets{0}; // person p's identity: [p], [p + 1]
    std::vector<Slot> m_slots;                  // open addressing; size: a power of two
};

} // namespace attlog
