// SPDX-License-Identifier: MIT
#include "app/cli/eventloop.h"

#include <QCoreApplication>
#include <QTimer>

int runInEventLoop(const std::function<void(const FinishFunction &finish)> &start)
{
    // exit() before exec() runs would be lost: both steps go through the loop.
    const FinishFunction finish = [](int exitCode) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); },
            Qt::QueuedConnection);
    };
    QTimer::singleShot(0, QCoreApplication::instance(), [&start, &finish] { start(finish); });
    return QCoreApplication::exec();
}
