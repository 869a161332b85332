// SPDX-License-Identifier: MIT
#include "ui/whowhere/whowheretab.h"

#include "db/session/eventsource.h"
#include "db/session/rangeload.h"
#include "ui/common/datatableview.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/common/modelexporter.h"
#include "ui/reports/collatingsortproxy.h"
#include "ui/whowhere/presencemodel.h"
#include "ui/whowhere/presencerulesmenu.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attlog::ui {

namespace {

const QString kChannel = QStringLiteral("whowhere");
constexpr int kTickMs = 15000;
constexpr int kLiveRefreshDelayMs = 200;
// A device clock running slightly ahead of the computer's still shows its passes at once.
constexpr std::int64_t kClockSkewSeconds = 10 * 60;
// The preset windows keep the board bounded by forgetting passes older than the window, at
// most this often.
constexpr std::int64_t kPruneEverySeconds = 3600;

DateTime systemNow()
{
    return fromQDateTime(QDateTime::currentDateTime());
}

PresenceWindowKind presetKind(WhoWhereTab::WindowPreset preset)
{
    switch (preset) {
    case WhoWhereTab::WindowPreset::Last24Hours:
        return PresenceWindowKind::Last24Hours;
    case WhoWhereTab::WindowPreset::Last7Days:
        return PresenceWindowKind::Last7Days;
    default:
        return PresenceWindowKind::SinceMidnight;
    }
}

QString countersHtml(const PresenceCounts &counts)
{
    const auto part = [](const QString &label, int value, const char *color) {
        return QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b></span>")
            .arg(QLatin1String(color), label.toHtmlEscaped(), QLocale().toString(value));
    };
    return part(WhoWhereTab::tr("Inside:"), counts.inside, "#2e7d32") +
           QStringLiteral(" &nbsp;·&nbsp; ") +
           part(WhoWhereTab::tr("Outside:"), counts.outside, "#455a64") +
           QStringLiteral(" &nbsp;·&nbsp; ") +
           part(WhoWhereTab::tr("Unknown:"), counts.unknown, "#ef6c00");
}

} // namespace

WhoWhereTab::WhoWhereTab(db::EventSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_load(new db::RangeLoad(source, kChannel, this))
    , m_now(systemNow)
    , m_board(PresenceRulesMenu::savedRules())
    , m_model(new PresenceModel(this))
    , m_proxy(new CollatingSortProxy(this))
    , m_view(new DataTableView(QStringLiteral("whowhere/table"), this))
    , m_preset(new QComboBox(this))
    , m_customBox(new QWidget(this))
    , m_customFrom(new QDateTimeEdit(m_customBox))
    , m_customTo(new QDateTimeEdit(m_customBox))
    , m_doorFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_counters(new QLabel(this))
    , m_status(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_reloadButton(new QPushButton(tr("Refresh"), this))
    , m_evacuationButton(new QPushButton(tr("Evacuation list…"), this))
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
    , m_customTimer(new QTimer(this))
{
    setUpTable();
    setUpPeriodControls();
    setUpFilters();
    setUpLayout();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kLiveRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &WhoWhereTab::refreshBoard);
    m_tickTimer->setInterval(kTickMs);
    connect(m_tickTimer, &QTimer::timeout, this, &WhoWhereTab::onTick);
    m_tickTimer->start();

    connect(m_load, &db::RangeLoad::batch, this, &WhoWhereTab::onRangeBatch);
    connect(m_load, &db::RangeLoad::finished, this, &WhoWhereTab::onRangeFinished);
    connect(m_load, &db::RangeLoad::failed, this, &WhoWhereTab::onRangeFailed);
    connect(m_source, &db::EventSource::liveEvents, this, &WhoWhereTab::onLiveEvents);

    updateWindowControls();
    updateStatusLine();
    m_counters->setText(countersHtml(m_counts));
}

void WhoWhereTab::sourceChanged()
{
    // The board of the old source no longer applies; the new one is read when the tab is seen.
    m_loadedOnce = false;
    if (isVisible())
        reload();
}

void WhoWhereTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first read waits until the tab is seen (the data source is open by then); a read that
    // failed is tried again.
    if (!isLoading() && (!m_loadedOnce || !m_error.isEmpty()))
        reload();
}

WhoWhereTab::~WhoWhereTab() = default; // m_load cancels a read still running

bool WhoWhereTab::isLoading() const
{
    return m_load->isRunning();
}

void WhoWhereTab::setNowFunction(NowFunction now)
{
    m_now = now ? std::move(now) : NowFunction(systemNow);
}

DateTime WhoWhereTab::now() const
{
    const DateTime clock = m_now();
    if (m_newestEvent && *m_newestEvent > clock &&
        m_newestEvent->seconds - clock.seconds <= kClockSkewSeconds)
        return *m_newestEvent;
    return clock;
}

WhoWhereTab::WindowPreset WhoWhereTab::windowPreset() const
{
    return WindowPreset(m_preset->currentData().toInt());
}

void WhoWhereTab::setWindowPreset(WindowPreset preset)
{
    const int index = m_preset->findData(int(preset));
    if (index == m_preset->currentIndex())
        reload();
    else
        m_preset->setCurrentIndex(index); // reloads
}

void WhoWhereTab::setCustomWindow(DateTime from, DateTime to)
{
    const QSignalBlocker blockFrom(m_customFrom);
    const QSignalBlocker blockTo(m_customTo);
    m_customFrom->setDateTime(toQDateTime(from));
    m_customTo->setDateTime(toQDateTime(to));
    setWindowPreset(WindowPreset::Custom);
}

void WhoWhereTab::setDoorFilter(const QString &door)
{
    const int index = door.isEmpty() ? 0 : m_doorFilter->findText(door);
    m_doorFilter->setCurrentIndex(std::max(index, 0));
}

QStringList WhoWhereTab::doors() const
{
    QStringList list;
    for (int i = 1; i < m_doorFilter->count(); ++i)
        list << m_doorFilter->itemText(i);
    return list;
}

void WhoWhereTab::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void WhoWhereTab::setPresenceRules(const PresenceRules &rules)
{
    PresenceRulesMenu::saveRules(rules);
    m_rulesMenu->setRules(rules);
    m_board = PresenceBoard(rules);
    reload();
}

PresenceWindow WhoWhereTab::currentWindow() const
{
    if (windowPreset() == WindowPreset::Custom)
        return {fromQDateTime(m_customFrom->dateTime()), fromQDateTime(m_customTo->dateTime())};
    return presenceWindow(presetKind(windowPreset()), now());
}

QString WhoWhereTab::countersText() const
{
    return tr("Inside: %1 · Outside: %2 · Unknown: %3")
        .arg(m_counts.inside)
        .arg(m_counts.outside)
        .arg(m_counts.unknown);
}

EvacuationListDocument WhoWhereTab::evacuationDocument() const
{
    const PresenceWindow window = currentWindow();
    const PresenceWindow evacuation = evacuationWindow(window);
    return EvacuationListDocument(m_board.evacuation(evacuation), evacuation.from,
                                  m_source->sourceName());
}

void WhoWhereTab::reload()
{
    m_load->cancel();
    m_board.clear();
    m_newestEvent.reset();
    m_error.clear();
    // The board also holds the passes the evacuation list looks back on.
    m_loadedWindow = evacuationWindow(currentWindow());
    m_prunedBefore = m_loadedWindow.from;
    // Inclusive `at` → exclusive end. The preset windows move forward with the clock and get
    // their newer passes from the live feed; read a little past now for device clocks ahead.
    const DateTime end = windowPreset() == WindowPreset::Custom
                             ? addSeconds(m_loadedWindow.at, 1)
                             : addSeconds(m_loadedWindow.at, kClockSkewSeconds + 1);
    m_load->start(m_loadedWindow.from, end);
    refreshBoard();
}

void WhoWhereTab::onRangeBatch(const QList<AccessEvent> &events)
{
    for (const AccessEvent &event : events) {
        m_board.add(event);
        if (event.time && (!m_newestEvent || *event.time > *m_newestEvent))
            m_newestEvent = event.time;
    }
    noteDoors(events);
    updateStatusLine();
}

void WhoWhereTab::onRangeFinished()
{
    m_loadedOnce = true;
    refreshBoard();
    emit loaded();
}

void WhoWhereTab::onRangeFailed(const QString &message)
{
    m_error = message;
    refreshBoard();
    emit loadFailed(message);
}

void WhoWhereTab::onLiveEvents(const QList<AccessEvent> &events)
{
    // Every live pass goes onto the board, also while a load is running (the board stores a
    // pass that both deliver once) and also when it is older than the newest one: the board
    // places it in time and it cannot override a newer state.
    for (const AccessEvent &event : events) {
        m_board.add(event);
        if (event.time && (!m_newestEvent || *event.time > *m_newestEvent))
            m_newestEvent = event.time;
    }
    noteDoors(events);
    if (isLoading())
        return;
    // Passes arrive, so the data source works again: a failed read is tried again.
    if (!m_error.isEmpty())
        reload();
    else
        scheduleRefresh();
}

void WhoWhereTab::onTick()
{
    if (windowPreset() == WindowPreset::Custom || isLoading())
        return;
    const PresenceWindow window = currentWindow();
    const DateTime keepFrom = evacuationWindow(window).from;
    if (keepFrom.seconds - m_prunedBefore.seconds >= kPruneEverySeconds) {
        m_board.pruneBefore(keepFrom);
        m_prunedBefore = keepFrom;
    }
    refreshBoard();
}

void WhoWhereTab::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

PresenceFilter WhoWhereTab::currentFilter() const
{
    PresenceFilter doorFilter;
    if (m_doorFilter->currentIndex() > 0)
        doorFilter = presenceDoorFilter({m_doorFilter->currentText().toStdString()});
    PresenceFilter searchFilter = presenceSearch(m_search->text().trimmed().toStdString());
    if (!doorFilter)
        return searchFilter;
    if (!searchFilter)
        return doorFilter;
    return [doorFilter, searchFilter](const PresenceRow &row) {
        return doorFilter(row) && searchFilter(row);
    };
}

void WhoWhereTab::refreshBoard()
{
    m_refreshTimer->stop();
    const PresenceWindow window = currentWindow();
    PresenceSnapshot snapshot = m_board.snapshot(window, currentFilter());
    m_counts = snapshot.counts;
    m_model->setRows(std::move(snapshot.rows), window.at);
    QString counters = countersHtml(m_counts);
    if (snapshot.counts.total() != snapshot.allCounts.total()) {
        counters += QStringLiteral(" <span style=\"color:#666666\">(%1)</span>")
                        .arg(tr("filtered: %1 of %2 people")
                                 .arg(snapshot.counts.total())
                                 .arg(snapshot.allCounts.total())
                                 .toHtmlEscaped());
    }
    m_counters->setText(counters);
    updateCarriedOverHint(window);
    updateStatusLine();
    emit refreshed();
}

void WhoWhereTab::updateCarriedOverHint(const PresenceWindow &window)
{
    // People inside since before the window (a night shift seen at 03:00 with "Today") are not
    // on this board; say so, since they are inside.
    int before = 0;
    if (m_error.isEmpty() && m_loadedOnce) {
        const PresenceWindow wider = evacuationWindow(window);
        if (wider.from < window.from) {
            for (const PresenceRow &row : m_board.evacuation(wider).people)
                before += row.lastTime < window.from ? 1 : 0;
        }
    }
    m_carriedOver = before;
    m_hint->setVisible(before > 0);
    if (before > 0) {
        m_hint->setText(tr("Also inside but not shown here: %n (came in before %1 and not gone "
                           "out yet: a night shift?). They are on the evacuation list; choose "
                           "\"Last 24 hours\" to see them.",
                           nullptr, before)
                            .arg(displayTime(window.from)));
    }
}

void WhoWhereTab::noteDoors(const QList<AccessEvent> &events)
{
    QStringList added;
    for (const AccessEvent &event : events) {
        const QString door = qs(event.door);
        if (!door.isEmpty() && !m_doorSet.contains(door)) {
            m_doorSet.insert(door);
            added << door;
        }
    }
    if (added.isEmpty())
        return;
    const QString current =
        m_doorFilter->currentIndex() > 0 ? m_doorFilter->currentText() : QString();
    QStringList all(m_doorSet.cbegin(), m_doorSet.cend());
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    const QSignalBlocker blocker(m_doorFilter);
    while (m_doorFilter->count() > 1)
        m_doorFilter->removeItem(1);
    m_doorFilter->addItems(all);
    m_doorFilter->setCurrentIndex(current.isEmpty() ? 0 : m_doorFilter->findText(current));
}

void WhoWhereTab::updateWindowControls()
{
    m_customBox->setVisible(windowPreset() == WindowPreset::Custom);
}

void WhoWhereTab::updateStatusLine()
{
    if (!m_error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color:#b71c1c"));
        m_status->setText(tr("Could not read the passes: %1").arg(m_error));
        return;
    }
    m_status->setStyleSheet({});
    const PresenceWindow window = currentWindow();
    QString text;
    if (windowPreset() == WindowPreset::Custom) {
        text = tr("Status as it stood at %1, from the passes since %2.")
                   .arg(displayTime(window.at), displayTime(window.from));
    } else {
        text = tr("Status now (%1), from the passes since %2. Updates as passes arrive.")
                   .arg(displayTime(window.at), displayTime(window.from));
    }
    if (isLoading())
        text += QLatin1Char(' ') +
                tr("Reading passes… %1 so far.").arg(QLocale().toString(m_load->rowsRead()));
    text += QLatin1Char(' ') + tr("Source: %1.").arg(m_source->sourceName());
    m_status->setText(text);
}

void WhoWhereTab::exportTable()
{
    exportViewInteractively(this, m_view, tr("Export Who-Where"), tr("who-where"));
}

void WhoWhereTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void WhoWhereTab::showEvacuationPreview()
{
    const EvacuationListDocument document = evacuationDocument();
    document.report().preview(this, document.title());
}

void WhoWhereTab::saveEvacuationPdf()
{
    const EvacuationListDocument document = evacuationDocument();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("evacuation-list") +
                      QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmm")) +
                      QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save evacuation list"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!document.report().savePdf(path, &error))
        QMessageBox::warning(this, document.title(), error);
}

} // namespace attlog::ui
