// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>

namespace attlog::dbtest {

// Runs the Qt event loop of this thread until `done` returns true or `timeout` passes; returns
// the last result of `done`. Queued signals from worker threads are delivered meanwhile.
bool waitFor(const std::function<bool()> &done,
             std::chrono::milliseconds timeout = std::chrono::seconds(20));

// Runs the event loop for `duration`.
void pumpEvents(std::chrono::milliseconds duration);

} // namespace attlog::dbtest
