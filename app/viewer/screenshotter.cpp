// SPDX-License-Identifier: MIT
#include "app/viewer/screenshotter.h"

#include "db/qtconvert.h"
#include "db/runtime/logging.h"
#include "ui/common/appearance.h"
#include "ui/common/tabpage.h"
#include "ui/live/alertcenter.h"
#include "ui/live/liveeventmodel.h"
#include "ui/live/livetab.h"
#include "ui/mainwindow.h"
#include "ui/plan/planwindow.h"
#include "ui/reports/anomaliesdialog.h"
#include "ui/worktime/worktimetab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTabWidget>

#include <string>

#include <spdlog/spdlog.h>

namespace {

// The file name of each tab, in tab order.
const char *const kTabFiles[] = {"live", "history", "who-where", "worktime"};

} // namespace

Screenshotter::Screenshotter(attlog::ui::MainWindow *window, const QString &directory,
                             QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &Screenshotter::step);
}

void Screenshotter::start()
{
    if (!m_directory.mkpath(QStringLiteral("."))) {
        attlog::log::app()->error("cannot create the screenshot folder {}",
                                  m_directory.absolutePath().toStdString());
        finish(1);
        return;
    }
    m_elapsed.start();
    m_window->tabs()->setCurrentIndex(0);
    m_poll.start();
}

void Screenshotter::step()
{
    QTabWidget *tabs = m_window->tabs();
    if (m_tab >= tabs->count() || m_tab >= int(std::size(kTabFiles))) {
        stepAnomalies();
        return;
    }
    if (tabs->currentIndex() != m_tab)
        tabs->setCurrentIndex(m_tab);
    auto *page = dynamic_cast<attlog::ui::TabPage *>(m_window->page(m_tab));
    const bool noConnection =
        m_window->connectionState() == attlog::ui::MainWindow::ConnectionState::Error;
    const bool timedOut = m_elapsed.elapsed() > kTimeoutMs;
    if (page && !page->isReady() && !noConnection && !timedOut) {
        m_settleTicks = 0;
        return;
    }
    if (timedOut && page && !page->isReady())
        attlog::log::app()->warn("screenshot: the {} tab was not ready within {} s; saved as shown",
                                 kTabFiles[m_tab], kTimeoutMs / 1000);
    // Let the view lay out and paint the rows that just arrived.
    if (++m_settleTicks < 3)
        return;
    m_settleTicks = 0;
    const QString file =
        m_directory.filePath(QString::fromLatin1(kTabFiles[m_tab]) + QStringLiteral(".png"));
    if (!m_window->grab().save(file)) {
        attlog::log::app()->error("cannot write {}", file.toStdString());
        finish(1);
        return;
    }
    attlog::log::app()->info("saved {}", file.toStdString());
    ++m_tab;
    m_elapsed.restart();
}

// After the tabs: Reports → Anomalies over its default period, saved as anomalies.png.
void Screenshotter::stepAnomalies()
{
    if (!m_anomalies) {
        saveWorkPlan();
        m_anomalies = m_window->showAnomalies();
        m_anomalies->find();
        m_elapsed.restart();
        m_settleTicks = 0;
        return;
    }
    const bool timedOut = m_elapsed.elapsed() > kTimeoutMs;
    if (!m_anomalies->isReady() && !timedOut)
        return;
    if (++m_settleTicks < 3)
        return;
    const QString file = m_directory.filePath(QStringLiteral("anomalies.png"));
    if (!m_anomalies->grab().save(file)) {
        attlog::log::app()->error("cannot write {}", file.toStdString());
        finish(1);
        return;
    }
    attlog::log::app()->info("saved {}", file.toStdString());
    m_anomalies->close();
    saveLiveAlert();
    saveAppearance();
    finish(0);
}

// When Worktime was calculated under a work plan (its options name one): its T-13 tab
// (worktime-t13.png) and the Plan window's month grid with the worked figures (plan.png).
void Screenshotter::saveWorkPlan()
{
    auto *worktime = qobject_cast<attlog::ui::WorktimeTab *>(m_window->page(3));
    if (!worktime || !worktime->result() || !worktime->result()->t13)
        return;
    m_window->showPage(worktime);
    worktime->setCurrentView(attlog::ui::WorktimeTab::View::T13);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const auto save = [this](QWidget *widget, const char *name) {
        const QString file = m_directory.filePath(QString::fromLatin1(name));
        if (widget->grab().save(file))
            attlog::log::app()->info("saved {}", file.toStdString());
        else
            attlog::log::app()->error("cannot write {}", file.toStdString());
    };
    save(m_window, "worktime-t13.png");
    attlog::ui::PlanWindow *plan = worktime->openPlanWindow();
    // The plan is read on a worker thread: wait for it (a picture tool; the window is shown).
    bool loaded = false;
    connect(plan, &attlog::ui::PlanWindow::loaded, this, [&loaded] { loaded = true; });
    QElapsedTimer waited;
    waited.start();
    while (!loaded && waited.elapsed() < kTimeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    auto *tabs = plan->findChild<QTabWidget *>();
    if (tabs)
        tabs->setCurrentIndex(tabs->count() - 1); // the month grid
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    save(plan, "plan.png");
    plan->close();
    worktime->setCurrentView(attlog::ui::WorktimeTab::View::Daily);
}

// Live at 200 % text size (live-200.png) and in the dark colours (live-dark.png); the
// appearance is set back afterwards and nothing is saved.
void Screenshotter::saveAppearance()
{
    const attlog::ui::Appearance before = attlog::ui::currentAppearance();
    m_window->showPage(m_window->liveTab());
    const auto shoot = [this](const attlog::ui::Appearance &appearance, const char *name) {
        attlog::ui::applyAppearance(appearance);
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        const QString file = m_directory.filePath(QString::fromLatin1(name));
        if (m_window->grab().save(file))
            attlog::log::app()->info("saved {}", file.toStdString());
        else
            attlog::log::app()->error("cannot write {}", file.toStdString());
    };
    attlog::ui::Appearance large = before;
    large.fontScalePercent = 200;
    shoot(large, "live-200.png");
    // Every other tab at 200 % too: headers and controls must not be cut.
    for (int tab = 1; tab < m_window->tabs()->count() && tab < int(std::size(kTabFiles)); ++tab) {
        m_window->tabs()->setCurrentIndex(tab);
        shoot(large, (std::string(kTabFiles[tab]) + "-200.png").c_str());
    }
    m_window->showPage(m_window->liveTab());
    attlog::ui::Appearance dark = before;
    dark.theme = attlog::ui::Theme::Dark;
    shoot(dark, "live-dark.png");
    attlog::ui::applyAppearance(before);
}

// The alert banner over Live, raised by the newest pass Live shows (a rule on its card, or its
// person, made for the picture, silent, and forgotten afterwards): live-alert.png. Without a pass
// there is no picture.
void Screenshotter::saveLiveAlert()
{
    attlog::ui::LiveTab *live = m_window->liveTab();
    if (live->model()->rowCount() == 0)
        return;
    const attlog::AccessEvent newest = live->model()->eventAt(live->model()->rowCount() - 1);
    attlog::ui::AlertCenter *alerts = m_window->alerts();
    const attlog::db::WatchSettings saved = alerts->watchSettings();
    attlog::alert::WatchRule rule;
    rule.name =
        (newest.card.empty() ? tr("Watch list") : tr("Card %1").arg(attlog::qs(newest.card)))
            .toStdString();
    if (!newest.card.empty())
        rule.cards = {newest.card};
    else
        rule.people = {newest.person};
    rule.sound = attlog::alert::AlertSound::None;
    attlog::db::WatchSettings picture;
    picture.rules = {rule};
    alerts->setWatchSettings(picture);
    alerts->addEvents({newest});
    m_window->showPage(live);
    const QString file = m_directory.filePath(QStringLiteral("live-alert.png"));
    if (m_window->grab().save(file))
        attlog::log::app()->info("saved {}", file.toStdString());
    else
        attlog::log::app()->error("cannot write {}", file.toStdString());
    alerts->acknowledgeAll();
    alerts->setWatchSettings(saved);
}

void Screenshotter::finish(int exitCode)
{
    m_poll.stop();
    QApplication::exit(exitCode);
}
