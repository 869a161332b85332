// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace attlog {

// The demo generator's random numbers: xoshiro256** seeded through splitmix64, with its own
// integer-range and probability functions. The standard library's distributions are not used on
// purpose: their output differs between implementations, and the demo data must be identical on
// every platform for a given seed. Not for anything security related.
// A plain value: copy it to fork a sequence; one object must not be shared between threads.
class DemoRandom
{
public:
    // Independent sequences for one seed are told apart by `stream`.
    explicit DemoRandom(std::uint64_t seed, std::uint64_t stream = 0);

    std::uint64_t next();
    // Uniform in [low, high], both inclusive; requires low <= high. Unbiased (rejection).
    std::int64_t uniform(std::int64_t low, std::int64_t high);
    // Uniform index in [0, count); requires count > 0.
    std::size_t index(std::size_t count);
    // True with probability permille / 1000 (0 never, 1000 always).
    bool chance(int permille);
    // `count` distinct indices of [0, size) in random order (all of them, shuffled, when
    // count >= size).
    std::vector<std::size_t> sample(std::size_t size, std::size_t count);

private:
    std::array<std::uint64_t, 4> m_state{};
};

} // namespace attlog
