// SPDX-License-Identifier: MIT
#include "app/cli/eventloop.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>

namespace {

volatile std::sig_atomic_t s_interrupted = 0;

extern "C" void onInterruptSignal(int)
{
    s_interrupted = 1;
}

} // namespace

int runInEventLoop(const std::function<void(const FinishFunction &finish)> &start,
                   const std::function<void(const FinishFunction &finish)> &onInterrupt)
{
    // exit() before exec() runs would be lost: both steps go through the loop.
    const FinishFunction finish = [](int exitCode) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); },
            Qt::QueuedConnection);
    };
    // A signal handler may only set a flag: the loop looks at it.
    QTimer interruptWatch;
    if (onInterrupt) {
        s_interrupted = 0;
        std::signal(SIGINT, onInterruptSignal);
        std::signal(SIGTERM, onInterruptSignal);
        QObject::connect(&interruptWatch, &QTimer::timeout, &interruptWatch, [&] {
            if (!s_interrupted)
                return;
            interruptWatch.stop();
            onInterrupt(finish);
        });
        interruptWatch.start(50);
    }
    QTimer::singleShot(0, QCoreApplication::instance(), [&start, &finish] { start(finish); });
    const int exitCode = QCoreApplication::exec();
    if (onInterrupt) {
        interruptWatch.stop();
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    return exitCode;
}
