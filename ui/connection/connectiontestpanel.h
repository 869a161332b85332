// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"
#include "db/connection/connectiontest.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace attlog::ui {

// The "Test connection" button, a busy indicator and the outcome: row count, key range and newest
// event, or the error naming what is missing. testConnection() blocks for seconds, so each test
// runs on a thread-pool thread (QtConcurrent) and its result comes back to the GUI thread through a
// QFutureWatcher; the dialog stays responsive meanwhile. Results are tagged with a generation:
// invalidate() (another profile shown) drops a test still running. GUI thread only; a test still
// running when the panel is destroyed finishes on its thread and its result is discarded.
class ConnectionTestPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    explicit ConnectionTestPanel(QWidget *parent = nullptr);

    // Runs the test with `profile`, which must carry its password if it needs one.
    void start(const db::ConnectionProfile &profile);
    // Shows a message instead of a test result (e.g. what to fill in first).
    void showProblem(const QString &message);
    // Forgets the shown result and any test still running.
    void invalidate();

    bool isRunning() const { return m_running; }
    // The text shown under the button (the last result or message).
    QString resultText() const;

    // The outcome as the panel shows it: a few lines, numbers in the user's locale.
    static QString describe(const db::ConnectionTestResult &result);

signals:
    // The button was pressed: the owner collects the profile and calls start() (or showProblem()).
    void testRequested();
    // A test finished and its result is shown (not emitted for dropped results).
    void finished(bool ok);
    // A test found the table: its columns as the server spells them.
    void columnsRead(const QStringList &columns);

private:
    void setRunning(bool running);
    void showResult(const QString &text, bool ok);

    QPushButton *m_button = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace attlog::ui
