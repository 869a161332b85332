// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace attlog::ui {
class AnomaliesDialog;
class MainWindow;
} // namespace attlog::ui

// `attlog-viewer --screenshot DIR`: shows each tab in turn, waits until it has shown what there is
// (its TabPage::isReady(): data, an empty result or its error message; or the window shows that
// there is no connection), saves the window as DIR/<tab>.png, then the Anomalies window as
// DIR/anomalies.png, (when Live shows a pass) the alert banner as DIR/live-alert.png, every tab
// at 200 % text size as DIR/<tab>-200.png and Live in dark colours as DIR/live-dark.png, then
// quits the application with 0 —
// or with 1 when a file cannot be written. A tab still not ready after the timeout is saved as it
// is then, with a warning in the log: a screenshot run always ends.
class Screenshotter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Screenshotter)

public:
    static constexpr int kTimeoutMs = 60000;

    Screenshotter(attlog::ui::MainWindow *window, const QString &directory,
                  QObject *parent = nullptr);
    void start();

private:
    void step();
    void stepAnomalies();
    void saveLiveAlert();
    void saveWorkPlan();
    void saveAppearance();
    void finish(int exitCode);

    attlog::ui::MainWindow *m_window;
    QDir m_directory;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    attlog::ui::AnomaliesDialog *m_anomalies = nullptr;
    int m_tab = 0;
    int m_settleTicks = 0;
};
