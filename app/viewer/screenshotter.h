// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace attlog::ui {
class MainWindow;
}

// `attlog-viewer --screenshot DIR`: shows each tab in turn, waits until it shows data (its
// TabPage::isReady()), saves the window as DIR/<tab>.png, then quits the application with 0 —
// or with 1 when a tab is not ready within the timeout or a file cannot be written.
class Screenshotter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Screenshotter)

public:
    static constexpr int kTimeoutMs = 90000;

    Screenshotter(attlog::ui::MainWindow *window, const QString &directory,
                  QObject *parent = nullptr);
    void start();

private:
    void step();
    void finish(int exitCode);

    attlog::ui::MainWindow *m_window;
    QDir m_directory;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    int m_tab = 0;
    int m_settleTicks = 0;
};
