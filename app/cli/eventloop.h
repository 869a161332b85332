// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

// A command's asynchronous part runs in the application's one event loop: `start` is called once
// QCoreApplication::exec() runs, sets the work going (a data session, its requests) and calls
// `finish` with the exit code when the work has ended — from a signal handler, never by waiting.
// Returns that exit code. Called at most once per command, from the main thread.
using FinishFunction = std::function<void(int exitCode)>;
int runInEventLoop(const std::function<void(const FinishFunction &finish)> &start);
