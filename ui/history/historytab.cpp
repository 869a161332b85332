// SPDX-License-Identifier: MIT
#include "ui/history/historytab.h"

#include "ui/common/datatableview.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/common/exportdialog.h"
#include "ui/history/historyfilterbar.h"
#include "ui/history/historymodel.h"
#include "ui/session/datasession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace attlog::ui {

HistoryTab::HistoryTab(DataSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filters(new HistoryFilterBar(this))
    , m_model(new HistoryModel(this))
    , m_view(new DataTableView(QStringLiteral("history/table"), this))
    , m_countLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    for (int c = 0; c < kEventColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(c, defaultEventColumnWidth(EventColumn(c)));
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
    connect(m_model, &HistoryModel::moreRequested, this, [this](quint64 id) {
        setBusy(true);
        m_session->fetchHistoryPage(id);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &HistoryTab::showPersonDay);
    connect(m_session, &DataSession::historyPage, this, &HistoryTab::onPage);
    connect(m_session, &DataSession::historyCount, this, &HistoryTab::onCount);
    connect(m_session, &DataSession::historyFailed, this, &HistoryTab::onFailed);
    connect(m_session, &DataSession::doorNamesChanged, m_filters, &HistoryFilterBar::setDoorNames);
    m_filters->setDoorNames(m_session->doorNames());
}

void HistoryTab::runSearch(const HistorySearch &search)
{
    m_search = search;
    m_started = true;
    m_count = -1;
    m_countExact = true;
    m_errorLabel->hide();
    m_model->startRequest(m_session->startHistory(search));
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

void HistoryTab::onPage(quint64 requestId, const QList<AccessEvent> &events, bool atEnd)
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

void HistoryTab::onCount(quint64 requestId, qint64 count, bool exact)
{
    if (requestId != m_model->requestId())
        return;
    if (m_model->isAtEnd() && !m_model->isFetching())
        return; // the loaded rows are the exact answer
    m_count = count;
    m_countExact = exact;
    updateCountLabel();
}

void HistoryTab::onFailed(quint64 requestId, const QString &message)
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
    m_session->cancel(m_model->requestId());
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
    m_filters->setPeriod(QDateTime(day, QTime(0, 0)), QDateTime(day, QTime(23, 59, 59)));
    m_filters->setSelectedDoors({});
    m_filters->setSearchText(who);
    m_filters->applyNow();
}

void HistoryTab::exportTable()
{
    const auto target =
        ExportDialog::askTarget(this, tr("Export History"), QStringLiteral("history"));
    if (!target)
        return;
    HistoryExportRequest request;
    request.search = m_search.from ? m_search : m_filters->search();
    request.format =
        target->xlsx ? HistoryExportRequest::Format::Xlsx : HistoryExportRequest::Format::Csv;
    request.path = target->path;
    request.csvDelimiter = target->csvDelimiter;
    const quint64 id = m_session->startExport(request);

    auto *progress =
        new QProgressDialog(tr("Exporting every matching pass…"), tr("Cancel"), 0, 0, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, this, [this, id] { m_session->cancel(id); });
    connect(m_session, &DataSession::exportProgress, progress,
            [progress, id](quint64 rid, qint64 rows) {
                if (rid == id)
                    progress->setLabelText(
                        tr("Exporting every matching pass… %1 rows").arg(QLocale().toString(rows)));
            });
    connect(m_session, &DataSession::exportFinished, progress,
            [this, progress, id](quint64 rid, qint64 rows, const QString &path) {
                if (rid != id)
                    return;
                progress->close();
                ExportDialog::reportDone(this, rows, path);
            });
    connect(m_session, &DataSession::exportFailed, progress,
            [this, progress, id](quint64 rid, const QString &message) {
                if (rid != id)
                    return;
                progress->close();
                ExportDialog::reportFailure(this, message);
            });
}

} // namespace attlog::ui
