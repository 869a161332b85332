// SPDX-License-Identifier: MIT
#pragma once

#include "db/connection/connectionprofile.h"
#include "db/dbtypes.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <vector>

class QAction;
class QLabel;
class QMenu;
class QTimer;
class QTabWidget;

namespace attlog::db {
class DataSession;
}

namespace attlog::ui {

class AlertCenter;
class AnomaliesDialog;
class DataHealthDialog;
class FeedHealth;
class HistoryTab;
class LiveTab;
class TabPage;

// The main window only assembles the tabs (Live, History, Who-Where, Worktime) on the data
// session, the menus and the status bar; each tab owns its models and views. GUI thread only.
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

    explicit MainWindow(db::DataSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The tab pages themselves (each tab holds its page in a scroll area, so a large text size
    // never makes the window wider than the screen: a page narrower than its controls scrolls).
    QWidget *page(int index) const;
    QWidget *currentPageWidget() const { return page(m_tabs->currentIndex()); }
    int pageIndex(const QWidget *page) const;
    void showPage(QWidget *page);
    LiveTab *liveTab() const { return m_live; }
    HistoryTab *historyTab() const { return m_history; }
    // Connects the session to `profile` and starts every tab on it.
    void openSession(const db::ConnectionProfile &profile, const QString &displayName);

    // Shown in the status bar. `detail` is the error text or the data source's display name.
    void setConnectionState(ConnectionState state, const QString &detail, int retryInSeconds = 0);
    ConnectionState connectionState() const { return m_connectionState; }
    // The status bar's word on the live feed (poll age, silent doors).
    FeedHealth *feedHealth() const { return m_feedHealth; }
    void showDuplicateKeys(qint64 rows);
    void showUnkeyedRows(qint64 rows);
    void setEventsToday(qint64 count);
    // Connection → Data health: opens (or raises) the window and returns it.
    DataHealthDialog *showDataHealth();
    // Reports → Anomalies: opens (or raises) the window and returns it; a row's passes open in
    // History.
    AnomaliesDialog *showAnomalies();
    AlertCenter *alerts() const { return m_alerts; }
    // Alerts → Watch list: edits the rules; OK keeps them in the settings and applies them.
    void editWatchList();
    // View → Kiosk password…: sets (or clears) the password that unlocks kiosk mode.
    void setKioskPasswordInteractively();
    // Kiosk mode for the guard post (`attlog-viewer --kiosk`): Live alone, full screen, on
    // `doors` (all when empty); no other tab, no settings and no editing until the supervisor's
    // password unlocks them (Kiosk → Unlock…); the display kept awake; and the session opened
    // again whenever the feed has been down (not connected, or no successful poll: red) for
    // kioskRestartSeconds.
    void enterKiosk(const QStringList &doors);
    bool isKiosk() const { return m_kiosk; }
    // Leaves kiosk mode when `password` is the supervisor's; false (and nothing changes) else.
    bool unlockKiosk(const QString &password);
    void setKioskRestartSeconds(int seconds) { m_kioskRestartSeconds = seconds; }
    // Help → Help for this tab (F1): what the current tab shows and how to use it.
    void showTabHelp();
    QString tabHelpText(int index) const;
    const db::ConnectionProfile &profile() const { return m_profile; }

signals:
    void connectRequested();
    // Kiosk mode opened the session again after the feed had been down.
    void kioskRestarted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addPage(QWidget *page, const QString &title);
    void showLiveStatus(const db::LiveStatus &status);
    void showAbout();
    TabPage *currentPage() const;

    db::DataSession *m_session;
    QTabWidget *m_tabs;
    LiveTab *m_live;
    HistoryTab *m_history;
    QLabel *m_connection;
    FeedHealth *m_feedHealth;
    std::vector<QWidget *> m_pages; // by tab index
    bool m_kiosk = false;
    int m_kioskRestartSeconds = 60;
    QTimer *m_kioskWatch = nullptr;
    QElapsedTimer m_feedDownFor;      // valid while the feed is down in kiosk mode
    QList<QAction *> m_lockedActions; // menus and actions kiosk mode hides
    QMenu *m_kioskMenu = nullptr;
    QLabel *m_eventsToday;
    void showDataWarning();
    void showLiveMode(bool keyless, const QString &reason);

    ConnectionState m_connectionState = ConnectionState::Connecting;
    QLabel *m_dataWarning; // what the live feed found odd in the table; hidden when nothing
    qint64 m_duplicateKeyRows = 0;
    qint64 m_unkeyedRows = 0;
    bool m_keyless = false; // the live feed follows the table by time (no key column)
    QLabel *m_liveMode;     // "Live: by time (no key column)", shown in keyless mode
    QString m_driverDescription;
    db::ConnectionProfile m_profile; // the session's, as opened
    QString m_displayName;
    QPointer<DataHealthDialog> m_health;
    QPointer<AnomaliesDialog> m_anomalies;
    AlertCenter *m_alerts = nullptr;
    // Data health's "Map as In/Out": the value joins the profile's list, which is saved (when the
    // profile is a saved one) and the session reopened with it.
    void mapDirection(const QString &value, Direction direction);
};

} // namespace attlog::ui
