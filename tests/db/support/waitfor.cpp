// SPDX-License-Identifier: MIT
#include "tests/db/support/waitfor.h"

#include <QCoreApplication>
#include <QThread>

namespace attlog::dbtest {

bool waitFor(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(2);
    }
    return true;
}

void pumpEvents(std::chrono::milliseconds duration)
{
    waitFor([] { return false; }, duration);
}

} // namespace attlog::dbtest
