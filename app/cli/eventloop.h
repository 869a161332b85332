// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

// A command's asynchronous part runs in the application's one event loop: `start` is called once
// QCoreApplication::exec() runs, sets the work going (a data session, its requests) and calls
// `finish` with the exit code when the work has ended — from a signal handler, never by waiting.
// Returns that exit code. Called at most once per command, from the main thread.
//
// `onInterrupt`, when set, is called once on the main thread when Ctrl+C (SIGINT) or SIGTERM
// arrives while the loop runs; it decides how the command ends (at once, or by stopping its work
// first, which then calls `finish`). Without it the signals keep their default action.
using FinishFunction = std::function<void(int exitCode)>;
int runInEventLoop(const std::function<void(const FinishFunction &finish)> &start,
                   const std::function<void(const FinishFunction &finish)> &onInterrupt = {});
