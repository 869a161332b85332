// SPDX-License-Identifier: MIT
// Repair and search run on worker threads (History pages, Live, exports), and those threads end:
// a thread pool retires idle threads, and the viewer ends its workers when it closes. Ending must
// leave the heap intact. The Windows run starts this tag with Wine's heap checks on and fails on
// any heap warning (tests/CMakeLists.txt): with MinGW-w64, a thread_local object's destructor
// runs after its storage was freed, so a per-thread engine freed memory twice at each thread end.
#include "core/text/mojibake.h"
#include "core/text/repair.h"
#include "core/text/repaircache.h"
#include "core/text/textmatcher.h"

#include "tests/support/catch.h"

#include <array>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

using attlog::text::repair;
using attlog::text::RepairCache;
using attlog::text::TextMatcher;
using attlog::text::toMojibake;

TEST_CASE("threads that repaired and searched text end cleanly, again and again", "[text][threads]")
{
    const std::string name = "Сидорова Анна Петровна";
    const std::string stored = toMojibake(name);
    REQUIRE(stored != name);
    // Longer than any stack buffer the search keeps: the long-value path runs too.
    std::string longValue;
    for (int i = 0; i < 40; ++i)
        longValue += name + ' ';

    std::atomic<int> wrong{0};
    for (int round = 0; round < 25; ++round) {
        std::array<std::thread, 4> threads;
        for (std::thread &thread : threads) {
            thread = std::thread([&] {
                RepairCache cache(16);
                const TextMatcher matcher("анна");
                for (int i = 0; i < 20; ++i) {
                    if (repair(stored) != name || cache.repaired(stored) != name)
                        ++wrong;
                    if (!matcher.matches(repair(stored)) || !matcher.matches(longValue) ||
                        matcher.matches("Иванов"))
                        ++wrong;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
    }
    CHECK(wrong == 0);
}
