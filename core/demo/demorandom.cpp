// SPDX-License-Identifier: MIT
#include "core/demo/demorandom.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace attlog {

namespace {

std::uint64_t splitMix64(std::uint64_t &x)
{
    x += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed, std::uint64_t stream)
{
    // splitmix64 spreads any seed (0 included) over the whole state, which xoshiro needs non-zero.
    std::uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (auto &word : m_state)
        word = splitMix64(x);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::int64_t DemoRandom::uniform(std::int64_t low, std::int64_t high)
{
    const std::uint64_t range =
        static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low) + 1;
    if (range == 0) // the whole 64-bit range
        return static_cast<std::int64_t>(next());
    // Values below `threshold` would make `r % range` favour small results: draw again.
    const std::uint64_t threshold = (0 - range) % range;
    std::uint64_t r = next();
    while (r < threshold)
        r = next();
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + r % range);
}

std::size_t DemoRandom::index(std::size_t count)
{
    return static_cast<std::size_t>(uniform(0, static_cast<std::int64_t>(count) - 1));
}

bool DemoRandom::chance(int permille)
{
    return uniform(0, 999) < permille;
}

std::vector<std::size_t> DemoRandom::sample(std::size_t size, std::size_t count)
{
    // A partial Fisher-Yates shuffle: its first `count` places are a uniform random sample.
    std::vector<std::size_t> indices(size);
    std::iota(indices.begin(), indices.end(), std::size_t{0});
    count = std::min(count, size);
    for (std::size_t i = 0; i < count; ++i)
        std::swap(indices[i], indices[i + index(size - i)]);
    indices.resize(count);
    return indices;
}

} // namespace attlog
