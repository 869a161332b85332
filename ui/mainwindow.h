// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace attlog::ui {

class LiveTab;
class TabPage;

// The main window only assembles the tabs, the menus and the status bar; each tab owns its
// models and views. GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class ConnectionState
    {
        Connecting,
        Connected,
        Reconnecting,
        Error
    };

    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    LiveTab *liveTab() const { return m_live; }
    // Adds a tab after Live, in the order History, Who-Where, Worktime.
    void addTab(QWidget *tab, const QString &title);

    // Shown in the status bar. `detail` is the error text or the data source's display name.
    void setConnectionState(ConnectionState state, const QString &detail, int retryInSeconds = 0);
    void setLastPoll(const QDateTime &when);
    void setEventsToday(qint64 count);
    // Driver name for Help > About (e.g. "QSQLITE", "QODBC: PostgreSQL Unicode").
    void setDriverDescription(const QString &text) { m_driverDescription = text; }

signals:
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();
    TabPage *currentPage() const;

    QTabWidget *m_tabs;
    LiveTab *m_live;
    QLabel *m_connection;
    QLabel *m_lastPoll;
    QLabel *m_eventsToday;
    QString m_driverDescription;
};

} // namespace attlog::ui
