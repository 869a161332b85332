// SPDX-License-Identifier: MIT
#pragma once

#include "core/demo/democonfig.h"

#include <QObject>
#include <QString>
#include <QtGlobal>

#include <memory>

class QThread;

namespace attlog::db {

// A simulated iVMS-4200 for the demo database: appends one pass every 1–3 s (a random delay from
// the seeded generator) with the next serialNo (MAX(serialNo) + 1) and the current local
// wall-clock time, so that Live has something to follow. The people and doors are those of
// makeDemoWorld(config): pass the config the file was created with (seed and people count).
//
// Threads and ownership: the DemoWriter object belongs to the thread that creates it (usually
// the GUI thread) and all its functions are called there. start() creates a QThread owned by
// the DemoWriter; on that thread a private worker opens its own QSQLITE connection (busy timeout
// 5 s, WAL mode, so readers and the writer coexist) and does every insert. stop() and the
// destructor end the thread and wait for it (at most one insert in flight).
//
// Signals are emitted from the writer's thread: receivers in other threads get them queued
// (the default AutoConnection does that). No exception leaves the writer's thread: errors
// (missing file, locked database, …) become failed() and a log line, and the writer keeps trying
// at the next tick.
class DemoWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoWriter)

public:
    explicit DemoWriter(QString path, DemoConfig config = {}, QObject *parent = nullptr);
    ~DemoWriter() override;

    // The delay between two inserts is uniform in [minMs, maxMs] milliseconds (default
    // 1000..3000; tests use ~50). Takes effect at the next start(). Requires 0 <= minMs <= maxMs.
    void setIntervalRange(int minMs, int maxMs);

    // Starts the writer thread; returns at once. Does nothing while running.
    void start();
    // Stops the thread and waits for it. Does nothing while stopped.
    void stop();
    bool isRunning() const;

signals:
    // A row with serialNo `key` was committed.
    void inserted(qint64 key);
    void failed(const QString &message);

private:
    class Worker;

    QString m_path;
    DemoConfig m_config;
    int m_minMs = 1000;
    int m_maxMs = 3000;
    std::unique_ptr<QThread> m_thread;
};

} // namespace attlog::db
