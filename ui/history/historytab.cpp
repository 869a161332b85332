// SPDX-License-Identifier: MIT
#include "ui/history/historytab.h"

#include "db/session/historysource.h"
#include "ui/common/appearance.h"
#include "ui/common/datatableview.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/common/exportdialog.h"
#include "ui/common/exportprogress.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <utility>

namespace attlog::ui {

HistoryTab::HistoryTab(db::HistorySource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_filters(new HistoryFilterBar(this))
    , m_model(new HistoryModel(this))
    , m_view(new DataTableView(QStringLiteral("history/table"), this))
    , m_countLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setAccessibleName(tr("Passes found"));
    m_cancelButton->setObjectName(QStringLiteral("historyCancel"));
    m_view->setModel(m_model);
    for (int c = 0; c < kEventColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(
            c, int(defaultEventColumnWidth(EventColumn(c)) * fontScale()));
    m_view->restoreHeaderState();
    m_view->setToolTip(tr("Double-click a row to see that person's passes of that day"));

    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    setBusy(false);

    auto *info = new QHBoxLayout;
    info->addWidget(m_countLabel);
    info->addWidget(m_errorLabel, 1);
    info->addStretch();
    info->addWidget(m_busyBar);
    info->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(info);
    layout->addWidget(m_view, 1);

    connect(m_filters, &HistoryFilterBar::searchChanged, this, &HistoryTab::runSearch);
    connect(m_cancelButton, &QPushButton::clicked, this, &HistoryTab::cancel);
    connect(m_model, &HistoryModel::moreRequested, this, [this](db::HistoryRequestId id) {
        setBusy(true);
        m_source->fetchHistoryPage(id);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HistoryTab::showPersonDay);
    // Keyboard: Enter on a row does what a double-click does; Esc stops a running search.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(QKeySequence(key), m_view);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this,
                [this] { showPersonDay(m_view->currentIndex()); });
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_busy)
            cancel();
    });
    connect(m_source, &db::HistorySource::historyPage, this, &HistoryTab::onPage);
    connect(m_source, &db::HistorySource::historyCount, this, &HistoryTab::onCount);
    connect(m_source, &db::HistorySource::historyFailed, this, &HistoryTab::onFailed);
    connect(m_source, &db::HistorySource::doorNamesChanged, m_filters,
            &HistoryFilterBar::setDoorNames);
    m_filters->setDoorNames(m_source->doorNames());

    connect(&m_alertsReading, &QFutureWatcher<db::AlertLogContents>::finished, this, [this] {
        m_alertsReadingNow = false;
        db::AlertLogContents contents = m_alertsReading.result();
        if (!contents.error.isEmpty()) {
            m_errorLabel->setText(tr("The alert log could not be read: %1").arg(contents.error));
            m_errorLabel->show();
        }
        m_filters->setAlerts(std::move(contents.alerts));
        if (std::exchange(m_alertsReloadAgain, false))
            reloadAlerts();
    });
}

void HistoryTab::runSearch(const HistorySearch &search)
{
    m_search = search;
    m_started = true;
    m_count = -1;
    m_countExact = true;
    m_errorLabel->hide();
    m_model->startRequest(m_source->startHistory(search));
    setBusy(true);
    updateCountLabel();
}

void HistoryTab::refresh()
{
    runSearch(m_filters->search());
}

void HistoryTab::focusSearch()
{
    m_filters->focusSearch();
}

bool HistoryTab::isReady() const
{
    return m_started && !m_busy;
}

void HistoryTab::onPage(db::HistoryRequestId requestId, const QList<AccessEvent> &events,
                        bool atEnd)
{
    if (!m_model->appendPage(requestId, events, atEnd))
        return;
    setBusy(false);
    if (atEnd && m_count < 0) {
        // Everything is loaded: the count is known without waiting for COUNT(*).
        m_count = m_model->rowCount();
        m_countExact = true;
    }
    updateCountLabel();
}

void HistoryTab::onCount(db::HistoryRequestId requestId, qint64 count, bool exact)
{
    if (requestId != m_model->requestId())
        return;
    if (m_model->isAtEnd() && !m_model->isFetching())
        return; // the loaded rows are the exact answer
    m_count = count;
    m_countExact = exact;
    updateCountLabel();
}

void HistoryTab::onFailed(db::HistoryRequestId requestId, const QString &message)
{
    if (requestId != m_model->requestId())
        return;
    m_model->stopFetching();
    setBusy(false);
    m_errorLabel->setText(message);
    m_errorLabel->show();
    updateCountLabel();
}

void HistoryTab::cancel()
{
    m_source->cancel(m_model->requestId());
    m_model->stopFetching();
    setBusy(false);
    updateCountLabel();
}

void HistoryTab::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void HistoryTab::updateCountLabel()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    if (!m_started) {
        m_countLabel->clear();
        return;
    }
    // %Ln: the count with the locale's digit grouping, and the plural form it needs.
    const int count = int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
    if (m_count >= 0 && m_countExact) {
        m_countLabel->setText(
            tr("%Ln pass(es) found, %1 loaded", nullptr, count).arg(locale.toString(loaded)));
    } else if (m_count >= 0) {
        m_countLabel->setText(
            tr("About %Ln pass(es) found, %1 loaded", nullptr, count).arg(locale.toString(loaded)));
    } else {
        m_countLabel->setText(tr("At least %Ln pass(es) found (counting…)", nullptr, loaded));
    }
}

void HistoryTab::showPersonDay(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const AccessEvent &event = m_model->eventAt(index.row());
    if (!event.time)
        return;
    const QString who = !event.person.empty()       ? qs(event.person)
                        : !event.employeeId.empty() ? qs(event.employeeId)
                                                    : qs(event.card);
    if (who.isEmpty())
        return;
    const QDate day = toQDate(dateOf(*event.time));
    showPasses(who, QDateTime(day, QTime(0, 0)), QDateTime(day, QTime(23, 59, 59)));
}

void HistoryTab::showPasses(const QString &who, const QDateTime &from, const QDateTime &toInclusive)
{
    m_filters->setPeriod(from, toInclusive);
    m_filters->setSelectedDoors({});
    m_filters->setSearchText(who);
    m_filters->setAlertedOnly(false);
    m_filters->applyNow();
}

void HistoryTab::setAlertLogPath(const QString &path)
{
    m_alertLogPath = path;
    reloadAlerts();
}

void HistoryTab::reloadAlerts()
{
    if (m_alertLogPath.isEmpty())
        return;
    if (m_alertsReadingNow) {
        m_alertsReloadAgain = true; // the log grew while it was read: read it once more
        return;
    }
    m_alertsReadingNow = true;
    m_alertsReading.setFuture(QtConcurrent::run(db::readAlertLog, m_alertLogPath));
}

void HistoryTab::showAlertedPasses()
{
    m_filters->setAlertedOnly(true);
    m_filters->applyNow();
}

void HistoryTab::exportTable()
{
    const auto target =
        ExportDialog::askTarget(this, tr("Export History"), QStringLiteral("history"));
    if (!target)
        return;
    db::HistoryExportRequest request;
    request.search = m_search.from ? m_search : m_filters->search();
    db::HistoryExportOptions &options = request.options;
    options.format = target->xlsx ? db::HistoryExportOptions::Format::Xlsx
                                  : db::HistoryExportOptions::Format::Csv;
    options.path = target->path;
    options.csvDelimiter = target->csvDelimiter;
    options.csvSpaceDateTime = true;
    // The file speaks the user's language, as the table does.
    std::array<std::string, kEventTableColumnCount> titles;
    for (int i = 0; i < kEventColumnCount; ++i)
        titles[std::size_t(i)] = eventColumnTitle(static_cast<EventColumn>(i)).toStdString();
    options.titles = titles;
    options.directionWords = std::array<std::string, 3>{
        directionText(Direction::In).toStdString(), directionText(Direction::Out).toStdString(),
        directionText(Direction::Unknown).toStdString()};
    options.sheetName = tr("History");
    const db::ExportRequestId id = m_source->startExport(request);

    ExportProgress *progress =
        ExportProgress::start(this, 0, [source = m_source, id] { source->cancel(id); });
    connect(m_source, &db::HistorySource::exportProgress, progress,
            [progress, id](db::ExportRequestId rid, qint64 rows) {
                if (rid == id)
                    progress->setRows(rows);
            });
    connect(m_source, &db::HistorySource::exportFinished, progress,
            [progress, id](db::ExportRequestId rid, qint64 rows, const QString &path) {
                if (rid == id)
                    progress->finished(rows, path);
            });
    connect(m_source, &db::HistorySource::exportFailed, progress,
            [progress, id](db::ExportRequestId rid, const QString &message) {
                if (rid == id)
                    progress->failed(message);
            });
}

} // namespace attlog::ui
