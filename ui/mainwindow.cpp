// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "db/alert/watchrules.h"
#include "db/runtime/logging.h"
#include "db/session/datasession.h"
#include "db/settings/profilestore.h"
#include "ui/common/appearance.h"
#include "ui/common/kiosk.h"
#include "ui/common/tabpage.h"
#include "ui/connection/datahealthdialog.h"
#include "ui/history/historytab.h"
#include "ui/live/alertcenter.h"
#include "ui/live/alertsound.h"
#include "ui/live/feedhealth.h"
#include "ui/live/livetab.h"
#include "ui/live/watchlistdialog.h"
#include "ui/reports/anomaliesdialog.h"
#include "ui/whowhere/whowheretab.h"
#include "ui/worktime/worktimetab.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <climits>

namespace attlog::ui {

MainWindow::MainWindow(db::DataSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_live(new LiveTab(this))
    , m_history(new HistoryTab(session->history(), this))
    , m_connection(new QLabel(this))
    , m_feedHealth(new FeedHealth(this))
    , m_eventsToday(new QLabel(this))
    , m_dataWarning(new QLabel(this))
    , m_liveMode(new QLabel(this))
{
    setWindowTitle(tr("Access Log Viewer"));
    m_tabs->setDocumentMode(true);
    addPage(m_live, tr("Live"));
    addPage(m_history, tr("History"));
    addPage(new WhoWhereTab(session, this), tr("Who-Where"));
    addPage(new WorktimeTab(session, this), tr("Worktime"));
    setCentralWidget(m_tabs);

    statusBar()->addWidget(m_connection, 1);
    // A long source name is cut rather than widen the window (its tooltip is the whole text).
    m_connection->setMinimumWidth(m_connection->fontMetrics().averageCharWidth() * 10);
    statusBar()->addPermanentWidget(m_feedHealth);
    m_feedHealth->setSession(session);
    statusBar()->addPermanentWidget(m_eventsToday);
    statusBar()->addPermanentWidget(m_liveMode);
    statusBar()->addPermanentWidget(m_dataWarning);
    m_liveMode->setObjectName(QStringLiteral("liveMode"));
    m_liveMode->hide();
    m_dataWarning->setObjectName(QStringLiteral("dataWarning"));
    m_dataWarning->hide();
    setConnectionState(ConnectionState::Connecting, {});

    m_alerts = new AlertCenter(db::AlertLog(), this);
    {
        QSettings settings;
        m_alerts->setWatchSettings(db::loadWatchSettings(settings));
    }
    m_live->showAlertsFrom(m_alerts);
    connect(m_alerts, &AlertCenter::soundRequested, this,
            [](alert::AlertSound sound) { playAlertSound(sound); });
    connect(m_alerts, &AlertCenter::changed, this, [this] {
        const auto waiting = int(m_alerts->pending().size());
        m_tabs->setTabText(pageIndex(m_live), waiting ? tr("Live ⚠ %1").arg(waiting) : tr("Live"));
        m_history->reloadAlerts(); // History filters by the log: raised or acknowledged
    });
    m_history->setAlertLogPath(m_alerts->log().path());
    connect(session, &db::DataSession::liveEvents, m_alerts, &AlertCenter::addEvents);
    connect(session, &db::DataSession::dictionaryLoaded, this,
            [this] { m_alerts->setKnownCards(m_session->cardNumbers()); });

    createMenus();

    connect(session, &db::DataSession::liveEvents, m_live, &LiveTab::addEvents);
    connect(session, &db::DataSession::liveInitialEvents, m_live, &LiveTab::addInitialEvents);
    connect(session, &db::DataSession::liveReset, m_live, &LiveTab::clear);
    connect(session, &db::DataSession::eventsTodayChanged, this, &MainWindow::setEventsToday);
    connect(session, &db::DataSession::livePolled, m_feedHealth, &FeedHealth::polled);
    connect(session, &db::DataSession::liveEvents, m_feedHealth, &FeedHealth::addEvents);
    connect(session, &db::DataSession::liveInitialEvents, m_feedHealth, &FeedHealth::addEvents);
    connect(session, &db::DataSession::livePolled, m_live, &LiveTab::setFeedSettled);
    connect(session, &db::DataSession::liveStatus, m_live, [this](const db::LiveStatus &status) {
        if (status.state == db::LiveStatus::State::Error ||
            status.state == db::LiveStatus::State::Reconnecting)
            m_live->setFeedSettled();
    });
    connect(session, &db::DataSession::liveStatus, this, &MainWindow::showLiveStatus);
    connect(session, &db::DataSession::liveDuplicateKeys, this, &MainWindow::showDuplicateKeys);
    connect(session, &db::DataSession::liveUnkeyedRows, this, &MainWindow::showUnkeyedRows);
    connect(session, &db::DataSession::liveMode, this, &MainWindow::showLiveMode);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::openSession(const db::ConnectionProfile &profile, const QString &displayName)
{
    m_profile = profile;
    m_displayName = displayName;
    m_live->clear();
    m_feedHealth->reset();
    m_duplicateKeyRows = 0;
    m_unkeyedRows = 0;
    m_keyless = false;
    m_dataWarning->hide();
    m_liveMode->hide();
    m_session->open(profile, displayName);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = dynamic_cast<TabPage *>(this->page(i)))
            page->sourceChanged();
    }
    if (m_health) { // an open Data health window follows the new source
        m_health->setDirections(m_profile.directions);
        m_health->refresh();
    }
}

void MainWindow::showLiveStatus(const db::LiveStatus &status)
{
    using State = db::LiveStatus::State;
    switch (status.state) {
    case State::Connecting:
        setConnectionState(ConnectionState::Connecting, m_session->sourceName());
        break;
    case State::Connected:
        setConnectionState(ConnectionState::Connected, m_session->sourceName());
        break;
    case State::Reconnecting:
        setConnectionState(ConnectionState::Reconnecting, status.message,
                           int((status.retryIn.count() + 999) / 1000));
        break;
    case State::Error:
    case State::Stopped:
        setConnectionState(ConnectionState::Error, status.message);
        break;
    }
    m_driverDescription = m_session->driverDescription();
}

void MainWindow::setConnectionState(ConnectionState state, const QString &detail,
                                    int retryInSeconds)
{
    m_connectionState = state;
    QString text;
    QString color;
    switch (state) {
    case ConnectionState::Connecting:
        text = tr("Connecting…");
        color = QStringLiteral("#6d6d6d");
        break;
    case ConnectionState::Connected:
        text = detail.isEmpty() ? tr("Connected") : tr("Connected: %1").arg(detail);
        color = QStringLiteral("#2e7d32");
        break;
    case ConnectionState::Reconnecting:
        text = tr("Connection lost, reconnecting in %n s", nullptr, retryInSeconds);
        if (!detail.isEmpty())
            text += QStringLiteral(" — ") + detail;
        color = QStringLiteral("#ef6c00");
        break;
    case ConnectionState::Error:
        text = tr("Error: %1").arg(detail);
        color = QStringLiteral("#c62828");
        break;
    }
    m_connection->setText(
        QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
    m_connection->setToolTip(detail);
}

void MainWindow::showDuplicateKeys(qint64 rows)
{
    m_duplicateKeyRows = rows;
    showDataWarning();
}

void MainWindow::showUnkeyedRows(qint64 rows)
{
    m_unkeyedRows = rows;
    showDataWarning();
}

void MainWindow::showDataWarning()
{
    const auto count = [](qint64 rows) { return int(std::min<qint64>(rows, INT_MAX)); };
    QStringList texts;
    QStringList details;
    if (m_duplicateKeyRows > 0) {
        texts << tr("%n pass(es) skipped: repeated key", nullptr, count(m_duplicateKeyRows));
        details << tr("Rows of the event table share a key with an earlier row, so its key column "
                      "is not unique: Live shows each key once. Ask the database administrator "
                      "to make the key column unique.");
    }
    if (m_unkeyedRows > 0 && m_keyless) {
        texts << tr("%n pass(es) without a time", nullptr, count(m_unkeyedRows));
        details << tr("Rows of the event table have no date and time (NULL), so Live, which "
                      "follows this table by time, cannot show them; History shows them.");
    } else if (m_unkeyedRows > 0) {
        texts << tr("%n pass(es) without a key", nullptr, count(m_unkeyedRows));
        details << tr("Rows of the event table have no key (NULL) or a key that is not a whole "
                      "number, so Live cannot follow them; History shows them. Ask the database "
                      "administrator to give every row a whole-number key.");
    }
    m_dataWarning->setText(QStringLiteral("<span style='color:#ef6c00'>▲</span> ") +
                           texts.join(QStringLiteral("; ")).toHtmlEscaped());
    m_dataWarning->setToolTip(details.join(QStringLiteral("\n\n")));
    m_dataWarning->setVisible(!texts.isEmpty());
}

void MainWindow::showLiveMode(bool keyless, const QString &reason)
{
    m_keyless = keyless;
    m_liveMode->setVisible(keyless);
    m_liveMode->setText(tr("Live: by time (no key column)"));
    m_liveMode->setToolTip(
        tr("Live follows this table by the passes' date and time, because %1. New passes still "
           "appear within a second and passes written later for earlier times within a minute, "
           "but each poll reads more than with a key column. The database administrator can add "
           "one with the script in the sql folder (add-key.sql), then set it as the key column "
           "of this connection.")
            .arg(reason));
    showDataWarning();
}

void MainWindow::setEventsToday(qint64 count)
{
    m_eventsToday->setText(tr("Passes today: %1").arg(QLocale().toString(count)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // not a Tab stop of its own: its controls are
    m_tabs->addTab(scroll, title);
    m_pages.push_back(page);
}

QWidget *MainWindow::page(int index) const
{
    return index >= 0 && std::size_t(index) < m_pages.size() ? m_pages[std::size_t(index)]
                                                             : nullptr;
}

int MainWindow::pageIndex(const QWidget *page) const
{
    const auto it = std::find(m_pages.begin(), m_pages.end(), page);
    return it == m_pages.end() ? -1 : int(it - m_pages.begin());
}

void MainWindow::showPage(QWidget *page)
{
    const int index = pageIndex(page);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::connectRequested);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+K")));
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        if (TabPage *page = currentPage())
            page->exportTable();
    });
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *connection = menuBar()->addMenu(tr("C&onnection"));
    QAction *health =
        connection->addAction(tr("Data &health…"), this, [this] { showDataHealth(); });
    health->setObjectName(QStringLiteral("dataHealthAction"));

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    QAction *anomalies = reports->addAction(tr("&Anomalies…"), this, [this] { showAnomalies(); });
    anomalies->setObjectName(QStringLiteral("anomaliesAction"));

    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    QAction *watch = alerts->addAction(tr("&Watch list…"), this, &MainWindow::editWatchList);
    watch->setObjectName(QStringLiteral("watchListAction"));
    QAction *acknowledge =
        alerts->addAction(tr("&Acknowledge"), m_alerts, &AlertCenter::acknowledge);
    acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    alerts->addAction(tr("Acknowledge a&ll"), m_alerts, &AlertCenter::acknowledgeAll);
    QAction *alerted = alerts->addAction(tr("Alerted passes in &History"), this, [this] {
        m_history->showAlertedPasses();
        showPage(m_history);
    });
    alerted->setObjectName(QStringLiteral("alertedPassesAction"));
    alerts->addAction(tr("Open the alert &log folder"), this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_alerts->log().path()).absolutePath()));
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find…"), this, [this] {
        if (TabPage *page = currentPage())
            page->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (TabPage *page = currentPage())
            page->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QMenu *textSize = view->addMenu(tr("Text &size"));
    auto *sizes = new QActionGroup(textSize);
    for (const int percent : {100, 125, 150, 175, 200}) {
        QAction *action = textSize->addAction(tr("%1 %").arg(percent));
        action->setCheckable(true);
        action->setChecked(currentAppearance().fontScalePercent == percent);
        action->setObjectName(QStringLiteral("textSize%1").arg(percent));
        sizes->addAction(action);
        connect(action, &QAction::triggered, this, [percent] {
            Appearance appearance = currentAppearance();
            appearance.fontScalePercent = percent;
            applyAppearance(appearance);
            QSettings settings;
            saveAppearance(settings, appearance);
        });
    }
    QMenu *themes = view->addMenu(tr("&Colours"));
    auto *themeGroup = new QActionGroup(themes);
    const std::pair<Theme, QString> themeNames[] = {{Theme::System, tr("As the &system")},
                                                    {Theme::Light, tr("&Light")},
                                                    {Theme::Dark, tr("&Dark")},
                                                    {Theme::HighContrast, tr("&High contrast")}};
    for (const auto &[theme, name] : themeNames) {
        QAction *action = themes->addAction(name);
        action->setCheckable(true);
        action->setChecked(currentAppearance().theme == theme);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [theme = theme] {
            Appearance appearance = currentAppearance();
            appearance.theme = theme;
            applyAppearance(appearance);
            QSettings settings;
            saveAppearance(settings, appearance);
        });
    }

    QAction *kioskPassword =
        view->addAction(tr("&Kiosk password…"), this, &MainWindow::setKioskPasswordInteractively);
    kioskPassword->setObjectName(QStringLiteral("kioskPasswordAction"));

    m_kioskMenu = menuBar()->addMenu(tr("&Kiosk"));
    QAction *unlock = m_kioskMenu->addAction(tr("&Unlock…"), this, [this] {
        QSettings settings;
        if (!hasKioskPassword(settings)) {
            QMessageBox::information(this, tr("Kiosk"),
                                     tr("No kiosk password is set. Start the viewer without "
                                        "--kiosk and set one in View → Kiosk password…"));
            return;
        }
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Unlock"), tr("Password:"),
                                                       QLineEdit::Password, QString(), &ok);
        if (ok && !unlockKiosk(password))
            QMessageBox::warning(this, tr("Kiosk"), tr("Wrong password."));
    });
    unlock->setObjectName(QStringLiteral("kioskUnlockAction"));
    m_kioskMenu->menuAction()->setVisible(false);
    // Kiosk mode hides all this: settings, connection, other reports, editing the watch list.
    m_lockedActions = {file->menuAction(), connection->menuAction(), reports->menuAction(),
                       view->menuAction(), watch};

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *tabHelp = help->addAction(tr("&Help for this tab"), this, &MainWindow::showTabHelp);
    tabHelp->setShortcut(QKeySequence::HelpContents);
    tabHelp->setObjectName(QStringLiteral("tabHelpAction"));
    help->addAction(tr("&About"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

DataHealthDialog *MainWindow::showDataHealth()
{
    if (!m_health) {
        m_health = new DataHealthDialog(m_session, m_profile.directions, this);
        m_health->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_health, &DataHealthDialog::directionMapped, this, &MainWindow::mapDirection);
    }
    m_health->show();
    m_health->raise();
    m_health->activateWindow();
    return m_health;
}

AnomaliesDialog *MainWindow::showAnomalies()
{
    if (!m_anomalies) {
        m_anomalies = new AnomaliesDialog(m_session, this);
        m_anomalies->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_anomalies, &AnomaliesDialog::showPasses, this,
                [this](const QString &who, const QDateTime &from, const QDateTime &to) {
                    m_history->showPasses(who, from, to);
                    showPage(m_history);
                    activateWindow();
                });
    }
    m_anomalies->show();
    m_anomalies->raise();
    m_anomalies->activateWindow();
    return m_anomalies;
}

QString MainWindow::tabHelpText(int index) const
{
    const QWidget *page = this->page(index);
    if (page == m_live)
        return tr("<h3>Live</h3><p>The newest passes, as iVMS writes them, within a second. The "
                  "large panel shows the last pass; the door list shows one door only; Pause "
                  "holds new passes (none is lost) until you resume.</p><p><b>Alerts</b>: rules "
                  "in Alerts → Watch list make a pass an alert: a red band over this tab that "
                  "sounds until you acknowledge it (Enter, Space or Ctrl+Enter). An amber band is "
                  "a late pass, written after an outage: it never sounds.</p><p>The status bar "
                  "turns amber or red when the feed stops answering, and names doors that are "
                  "silent far longer than usual at this hour.</p>");
    if (page == m_history)
        return tr("<h3>History</h3><p>Any pass of any period: choose the period, doors, "
                  "direction, and type a name, card or employee ID (any case, ё = е). Pages load "
                  "as you scroll; the count says how many match. Double-click a row or press "
                  "Enter on it for that person's passes of that day; Esc stops a search. Ctrl+E "
                  "exports everything found. The Passes box shows only passes that raised an "
                  "alert: any, not acknowledged, or one rule's.</p>");
    if (m_tabs->tabText(index) == tr("Who-Where"))
        return tr("<h3>Who-Where</h3><p>Who is inside, outside or unknown now, from their last "
                  "pass. The evacuation list prints everyone inside, from passes at least a day "
                  "back (night shifts).</p>");
    return tr("<h3>Worktime</h3><p>Per person per day: first entry, last exit, time inside, "
              "worked time against the schedule, lateness, early leaving and overtime; totals "
              "and the timesheet. Enter in the period or the rules calculates, Esc stops "
              "it. Export to Excel or print.</p>");
}

void MainWindow::showTabHelp()
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("tabHelp"));
    box.setWindowTitle(tr("Help: %1").arg(m_tabs->tabText(m_tabs->currentIndex())));
    box.setTextFormat(Qt::RichText);
    box.setText(tabHelpText(m_tabs->currentIndex()) +
                tr("<p>Keyboard: Ctrl+Tab moves between tabs, Tab between controls, Ctrl+F finds, "
                   "F5 reads again, Esc closes a window. View → Text size and View → Colours make "
                   "everything larger or darker.</p>"));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

void MainWindow::enterKiosk(const QStringList &doors)
{
    m_kiosk = true;
    m_live->setDoors(doors);
    showPage(m_live);
    m_tabs->tabBar()->hide();
    for (QAction *action : m_lockedActions)
        action->setVisible(false);
    m_kioskMenu->menuAction()->setVisible(true);
    if (!keepDisplayAwake(true))
        log::app()->info("kiosk: the display stays on as the desktop's power settings say");
    if (!m_kioskWatch) {
        m_kioskWatch = new QTimer(this);
        m_kioskWatch->setInterval(1000);
        connect(m_kioskWatch, &QTimer::timeout, this, [this] {
            // Down: not connected (an error, or still connecting or reconnecting), or connected
            // without a successful poll for long (red).
            const bool down = m_connectionState != ConnectionState::Connected ||
                              m_feedHealth->level() == FeedHealth::Level::Red;
            if (!down) {
                m_feedDownFor.invalidate();
                return;
            }
            if (!m_feedDownFor.isValid()) {
                m_feedDownFor.start();
                return;
            }
            if (m_feedDownFor.elapsed() < qint64(m_kioskRestartSeconds) * 1000)
                return;
            log::app()->warn("kiosk: the feed has been down for {} s; opening the session again",
                             m_kioskRestartSeconds);
            m_feedDownFor.invalidate();
            openSession(m_profile, m_displayName);
            emit kioskRestarted();
        });
    }
    m_kioskWatch->start();
    showFullScreen();
}

bool MainWindow::unlockKiosk(const QString &password)
{
    QSettings settings;
    if (!m_kiosk || !checkKioskPassword(settings, password))
        return false;
    m_kiosk = false;
    m_kioskWatch->stop();
    m_live->setDoors({});
    m_tabs->tabBar()->show();
    for (QAction *action : m_lockedActions)
        action->setVisible(true);
    m_kioskMenu->menuAction()->setVisible(false);
    keepDisplayAwake(false);
    showNormal();
    return true;
}

void MainWindow::setKioskPasswordInteractively()
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Kiosk password"),
        tr("The password that unlocks kiosk mode (attlog-viewer --kiosk); empty for none:"),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QSettings settings;
    setKioskPassword(settings, password);
}

void MainWindow::editWatchList()
{
    WatchListDialog dialog(m_alerts->watchSettings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto settings = dialog.settings(&error);
    if (!settings)
        return; // accept() refuses what cannot be read
    QSettings store;
    db::saveWatchSettings(store, *settings);
    m_alerts->setWatchSettings(*settings);
}

void MainWindow::mapDirection(const QString &value, Direction direction)
{
    std::vector<std::string> in = m_profile.directions.inValues();
    std::vector<std::string> out = m_profile.directions.outValues();
    (direction == Direction::In ? in : out).push_back(value.toStdString());
    m_profile.directions.setValues(std::move(in), std::move(out));
    QSettings settings;
    db::ProfileStore store(settings);
    if (store.profile(m_profile.name)) {
        db::ConnectionProfile saved = *store.profile(m_profile.name);
        saved.directions = m_profile.directions;
        store.save(saved);
    }
    const db::ConnectionProfile profile = m_profile;
    openSession(profile, m_displayName); // the Data health window reads again with the mapping
}

TabPage *MainWindow::currentPage() const
{
    return dynamic_cast<TabPage *>(currentPageWidget());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Access Log Viewer"),
        tr("<h3>Access Log Viewer %1</h3>"
           "<p>Reads the door passes that Hikvision iVMS-4200 writes into its third-party "
           "database table. It never writes to that table.</p>"
           "<p>Qt %2 (built with %3)<br>SQL driver: %4</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR),
                 m_driverDescription.isEmpty() ? tr("not connected")
                                               : m_driverDescription.toHtmlEscaped()));
}

} // namespace attlog::ui
