// SPDX-License-Identifier: MIT
#include "ui/reports/anomaliesdialog.h"

#include "core/report/ghostpairs.h"
#include "db/qtconvert.h"
#include "db/session/datasession.h"
#include "db/session/rangeload.h"
#include "ui/common/eventformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace attlog::ui {

namespace {

enum Column
{
    KindColumn,
    EmployeeColumn,
    PersonColumn,
    FirstColumn,
    SecondColumn,
    DoorColumn,
    SecondDoorColumn,
    DetailColumn,
    ColumnCount
};

constexpr int kRowRole = Qt::UserRole + 1; // the anomaly's index in the report

QString kindText(report::AnomalyKind kind)
{
    switch (kind) {
    case report::AnomalyKind::DoubleEntry:
        return AnomaliesDialog::tr("Double entry");
    case report::AnomalyKind::ExitWithoutEntry:
        return AnomaliesDialog::tr("Exit without entry");
    case report::AnomalyKind::ImpossibleTravel:
        return AnomaliesDialog::tr("Impossible travel");
    case report::AnomalyKind::GhostDuplicate:
        return AnomaliesDialog::tr("Ghost duplicate");
    case report::AnomalyKind::UnusualHours:
        return AnomaliesDialog::tr("Unusual hours");
    }
    return {};
}

QString detailText(const report::Anomaly &a, const report::AnomalyOptions &options)
{
    const qint64 apart = a.secondTime ? a.secondTime->seconds - a.firstTime.seconds : 0;
    switch (a.kind) {
    case report::AnomalyKind::DoubleEntry:
        return AnomaliesDialog::tr("no exit between");
    case report::AnomalyKind::ExitWithoutEntry:
        return a.secondTime ? AnomaliesDialog::tr("no entry after the exit before")
                            : AnomaliesDialog::tr("no entry in the %n day(s) before", nullptr,
                                                  options.learnDays);
    case report::AnomalyKind::ImpossibleTravel:
        return AnomaliesDialog::tr("%n s between two doors", nullptr, int(apart));
    case report::AnomalyKind::GhostDuplicate:
        return apart == report::kGhostHourSeconds
                   ? AnomaliesDialog::tr("the same pass exactly one hour later")
                   : AnomaliesDialog::tr("the same pass again after %n s", nullptr, int(apart));
    case report::AnomalyKind::UnusualHours:
        return AnomaliesDialog::tr("usual hours %1").arg(qs(a.usualHours));
    }
    return {};
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

// A time cell that sorts by time, whatever the display format (an empty one first).
class TimeItem final : public QTableWidgetItem
{
public:
    explicit TimeItem(const std::optional<DateTime> &time)
        : QTableWidgetItem(time ? displayTime(*time) : QString())
        , m_seconds(time ? time->seconds : std::numeric_limits<std::int64_t>::min())
    {}
    bool operator<(const QTableWidgetItem &other) const override
    {
        if (const auto *item = dynamic_cast<const TimeItem *>(&other))
            return m_seconds < item->m_seconds;
        return QTableWidgetItem::operator<(other);
    }

private:
    std::int64_t m_seconds;
};

} // namespace

AnomaliesDialog::AnomaliesDialog(db::DataSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Anomalies"));
    setObjectName(QStringLiteral("anomaliesDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *controls = new QHBoxLayout;
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-6), this);
    m_from->setObjectName(QStringLiteral("anomaliesFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("anomaliesTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    m_travel = new QSpinBox(this);
    m_travel->setObjectName(QStringLiteral("anomaliesTravel"));
    m_travel->setRange(0, 3600);
    m_travel->setValue(int(report::AnomalyOptions{}.minTravelSeconds));
    m_travel->setSuffix(tr(" s"));
    m_travel->setAccessibleName(tr("Shortest walk between two doors, seconds"));
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    auto *travelLabel = new QLabel(tr("Shortest &walk between doors"), this);
    travelLabel->setBuddy(m_travel);
    m_find = new QPushButton(tr("F&ind"), this);
    m_find->setObjectName(QStringLiteral("anomaliesFind"));
    m_find->setDefault(true);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(travelLabel);
    controls->addWidget(m_travel);
    controls->addWidget(m_find);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("anomaliesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("anomaliesTable"));
    m_table->setAccessibleName(tr("Anomalies found"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Employee ID"), tr("Person"), tr("First"),
                                        tr("Second"), tr("Door"), tr("Second door"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_passes = buttons->addButton(tr("Show &passes"), QDialogButtonBox::ActionRole);
    m_passes->setObjectName(QStringLiteral("anomaliesShowPasses"));
    m_passes->setEnabled(false);
    connect(m_passes, &QPushButton::clicked, this, &AnomaliesDialog::showSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_find, &QPushButton::clicked, this, &AnomaliesDialog::find);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { showSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_passes->setEnabled(!m_table->selectedItems().isEmpty()); });
    resize(1280, 680);
}

AnomaliesDialog::~AnomaliesDialog()
{
    if (m_load)
        m_load->cancel();
}

void AnomaliesDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

QString AnomaliesDialog::statusText() const
{
    return m_status->text();
}

void AnomaliesDialog::find()
{
    ++m_generation;
    m_ready = false;
    if (m_load)
        m_load->cancel();
    dropLoad();
    const QDate fromDate = m_from->date();
    const QDate toDate = m_to->date();
    if (toDate < fromDate) {
        fail(tr("The period ends before it begins."));
        return;
    }
    report::AnomalyOptions options;
    options.minTravelSeconds = m_travel->value();
    const DateTime from = startOfDay(fromQDate(fromDate));
    const DateTime to = startOfDay(addDays(fromQDate(toDate), 1));
    m_finder = std::make_unique<report::AnomalyFinder>(options);
    m_find->setEnabled(false);
    m_status->setText(tr("Reading the passes of %1 to %2 (and the %n day(s) before, for the "
                         "usual hours)…",
                         nullptr, options.learnDays)
                          .arg(QLocale().toString(fromDate, QLocale::ShortFormat),
                               QLocale().toString(toDate, QLocale::ShortFormat)));
    m_load = std::make_unique<db::RangeLoad>(m_session, QStringLiteral("anomalies"));
    connect(m_load.get(), &db::RangeLoad::batch, this, [this](const QList<AccessEvent> &events) {
        m_finder->add(std::span<const AccessEvent>(events.constData(), std::size_t(events.size())));
    });
    connect(m_load.get(), &db::RangeLoad::failed, this, &AnomaliesDialog::fail);
    connect(m_load.get(), &db::RangeLoad::finished, this, [this, from, to] {
        // The search sorts every pass read: on a thread-pool thread.
        auto *watcher = new QFutureWatcher<report::AnomalyReport>(this);
        const quint64 generation = m_generation;
        connect(watcher, &QFutureWatcher<report::AnomalyReport>::finished, this,
                [this, watcher, generation] {
                    watcher->deleteLater();
                    if (generation == m_generation)
                        showReport(watcher->result());
                });
        std::shared_ptr<report::AnomalyFinder> finder(std::move(m_finder));
        watcher->setFuture(
            QtConcurrent::run([finder, from, to] { return finder->find(from, to); }));
        dropLoad();
    });
    const EventTimeRange range = report::anomalyEventRange(from, to, options);
    m_load->start(range.from, range.to);
}

void AnomaliesDialog::showReport(report::AnomalyReport found)
{
    m_report = std::move(found);
    const report::AnomalyOptions options;
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_report.anomalies.size()));
    for (std::size_t i = 0; i < m_report.anomalies.size(); ++i) {
        const report::Anomaly &a = m_report.anomalies[i];
        const PersonRecord &person = m_report.people[a.person];
        const int row = int(i);
        QTableWidgetItem *kind = cell(kindText(a.kind));
        kind->setData(kRowRole, QVariant::fromValue<qulonglong>(i));
        m_table->setItem(row, KindColumn, kind);
        m_table->setItem(row, EmployeeColumn, cell(qs(person.employeeId)));
        m_table->setItem(row, PersonColumn, cell(qs(person.name)));
        m_table->setItem(row, FirstColumn, new TimeItem(a.firstTime));
        m_table->setItem(row, SecondColumn, new TimeItem(a.secondTime));
        m_table->setItem(row, DoorColumn, cell(qs(a.doorFirst)));
        m_table->setItem(row, SecondDoorColumn, cell(qs(a.doorSecond)));
        m_table->setItem(row, DetailColumn, cell(detailText(a, options)));
    }
    m_table->horizontalHeader()->setSortIndicator(FirstColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    QStringList counts;
    for (int k = 0; k < report::kAnomalyKinds; ++k) {
        const auto count = m_report.counts[std::size_t(k)];
        if (count > 0)
            counts << QStringLiteral("%1: %2").arg(kindText(report::AnomalyKind(k)),
                                                   QLocale().toString(count));
    }
    m_status->setText(counts.isEmpty()
                          ? tr("No anomalies in this period.")
                          : tr("%n anomaly(ies) — %1. Double-click a row for its passes.", nullptr,
                               int(m_report.anomalies.size()))
                                .arg(counts.join(QStringLiteral(", "))));
    m_find->setEnabled(true);
    m_ready = true;
    emit ready();
}

void AnomaliesDialog::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *kind = m_table->item(selected.first()->row(), KindColumn);
    const auto index = std::size_t(kind->data(kRowRole).toULongLong());
    if (index >= m_report.anomalies.size())
        return;
    const report::Anomaly &a = m_report.anomalies[index];
    const PersonRecord &person = m_report.people[a.person];
    const QString who = !person.employeeId.empty() ? qs(person.employeeId)
                        : !person.card.empty()     ? qs(person.card)
                                                   : qs(person.name);
    // A minute around the passes, so the neighbours show too.
    const DateTime last = a.secondTime ? *a.secondTime : a.firstTime;
    emit showPasses(who, toQDateTime(addSeconds(a.firstTime, -60)),
                    toQDateTime(addSeconds(last, 60)));
}

void AnomaliesDialog::fail(const QString &message)
{
    dropLoad();
    m_finder.reset();
    m_status->setText(tr("Reading the passes failed: %1").arg(message));
    m_find->setEnabled(true);
    m_ready = true;
    emit ready();
}

void AnomaliesDialog::dropLoad()
{
    if (m_load)
        m_load.release()->deleteLater();
}

} // namespace attlog::ui
