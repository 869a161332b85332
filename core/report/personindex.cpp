// SPDX-License-Identifier: MIT
#include "core/report/personindex.h"

#include <cstring>

namespace attlog {

namespace {

// The identity as personIdentity() spells it: a one-letter tag, ':', then the text.
struct IdentityKey
{
    char tag;
    std::string_view text;
};

IdentityKey identityKey(const AccessEvent &event)
{
    if (!event.employeeId.empty())
        return {'e', event.employeeId};
    if (!event.card.empty())
        return {'c', event.card};
    return {'n', event.person};
}

// A word-at-a-time multiply-mix hash: the keys and names are short, and hashing them 8 bytes per
// step is several times faster than std::hash or a byte-wise FNV. Values only live in memory, so
// byte order does not matter.
constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;

std::uint64_t mix(std::uint64_t hash, std::uint64_t word)
{
    hash = (hash ^ word) * kMultiplier;
    return hash ^ (hash >> 29);
}

std::uint64_t hashText(std::uint64_t hash, std::string_view text)
{
    hash = mix(hash, text.size());
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        hash = mix(hash, word);
    }
    if (i < text.size()) {
        std::uint64_t word = 0;
        for (std::size_t k = i; k < text.size(); ++k)
            word = (word << 8) | static_cast<unsigned char>(text[k]);
        hash = mix(hash, word);
    }
    return hash;
}

std::uint64_t hashKey(IdentityKey key)
{
    return hashText(static_cast<unsigned char>(key.tag), key.text);
}

std::uint64_t hashDetails(const AccessEvent &event)
{
    // Lengths are mixed in, so ("ab", "c") and ("a", "bc") differ.
    return hashText(hashText(1, event.person), event.card);
}

} // namespace

void PersonIndex::clear()
{
    m_people.clear();
    m_hashes.clear();
    m_hot.clear();
    m_keyChars.clear();
    m_keyOffsets.assign(1, 0);
    m_slots.clear();
}

void PersonIndex::rebuildSlots(std::size_t slotCount)
{
    m_slots.assign(slotCount, Slot{});
    const std::size_t mask = slotCount - 1;
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        std::size_t slot = m_hashes[i] & mask;
        while (m_slots[slot].personPlusOne != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] =
            Slot{static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(m_hashes[i] >> 32)};
    }
}

std::uint32_t PersonIndex::add(const AccessEvent &event, DateTime time)
{
    const IdentityKey key = identityKey(event);
    const std::uint64_t hash = hashKey(key);
    const auto hashHigh = static_cast<std::uint32_t>(hash >> 32);
    if (m_slots.empty())
        rebuildSlots(1024);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = hash & mask;
    std::uint32_t index = kNone;
    while (m_slots[slot].personPlusOne != 0) {
        const Slot &candidate = m_slots[slot];
        if (candidate.hashHigh == hashHigh) {
            const std::string_view stored = keyText(candidate.personPlusOne - 1);
            if (stored.size() == key.text.size() + 2 && stored[0] == key.tag &&
                stored.substr(2) == key.text) {
                index = candidate.personPlusOne - 1;
                break;
            }
        }
        slot = (slot + 1) & mask;
    }
    if (index == kNone) {
        index = static_cast<std::uint32_t>(m_people.size());
        PersonRecord record;
        record.identity = personIdentity(event);
        record.employeeId = event.employeeId;
        m_keyChars += record.identity;
        m_keyOffsets.push_back(static_cast<std::uint32_t>(m_keyChars.size()));
        m_people.push_back(std::move(record));
        m_hashes.push_back(hash);
        m_hot.push_back(Hot{});
        m_slots[slot] = Slot{index + 1, hashHigh};
        if (m_people.size() * 2 > m_slots.size()) // keep the table at most half full
            rebuildSlots(m_slots.size() * 2);
    }

    Hot &hot = m_hot[index];
    if (time >= hot.newest) {
        hot.newest = time;
        const std::uint64_t details = hashDetails(event);
        if (hot.detailsKnown && details == hot.detailHash)
            return index; // the usual case: same name and card as before
        hot.detailHash = details;
        hot.detailsKnown = true;
        PersonRecord &person = m_people[index];
        if (!event.person.empty() && person.name != event.person)
            person.name = event.person;
        if (!event.card.empty() && person.card != event.card)
            person.card = event.card;
        person.newest = time;
    } else {
        PersonRecord &person = m_people[index];
        if (person.name.empty())
            person.name = event.person;
        if (person.card.empty())
            person.card = event.card;
    }
    return index;
}

std::vector<std::uint32_t> PersonIndex::retain(const std::vector<bool> &keep)
{
    std::vector<std::uint32_t> remap(m_people.size(), kNone);
    std::vector<PersonRecord> people;
    std::vector<std::uint64_t> hashes;
    std::vector<Hot> hot;
    std::string keyChars;
    std::vector<std::uint32_t> keyOffsets{0};
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        if (i >= keep.size() || !keep[i])
            continue;
        remap[i] = static_cast<std::uint32_t>(people.size());
        keyChars += keyText(static_cast<std::uint32_t>(i));
        keyOffsets.push_back(static_cast<std::uint32_t>(keyChars.size()));
        people.push_back(std::move(m_people[i]));
        hashes.push_back(m_hashes[i]);
        hot.push_back(m_hot[i]);
    }
    m_people = std::move(people);
    m_hashes = std::move(hashes);
    m_hot = std::move(hot);
    m_keyChars = std::move(keyChars);
    m_keyOffsets = std::move(keyOffsets);
    std::size_t slots = 1024;
    while (m_people.size() * 2 > slots)
        slots *= 2;
    rebuildSlots(slots);
    return remap;
}

} // namespace attlog
