// SPDX-License-Identifier: MIT
#include "ui/connection/datahealthdialog.h"

#include "db/qtconvert.h"
#include "db/session/datasession.h"
#include "db/session/rangeload.h"
#include "ui/common/eventformat.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace attlog::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString age(qint64 seconds)
{
    if (seconds < 0)
        return DataHealthDialog::tr("in the future");
    if (seconds < 3600)
        return DataHealthDialog::tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return DataHealthDialog::tr("%n h", nullptr, int(seconds / 3600));
    return DataHealthDialog::tr("%n day(s)", nullptr,
                                int(std::min<qint64>(seconds / 86400, 1 << 30)));
}

QString hours(qint64 seconds)
{
    return QLocale().toString(double(seconds) / 3600.0, 'f', 1);
}

} // namespace

DataHealthDialog::DataHealthDialog(db::DataSession *session, sql::DirectionMapping directions,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_directions(std::move(directions))
{
    setWindowTitle(tr("Data health"));
    setObjectName(QStringLiteral("dataHealthDialog"));
    auto *layout = new QVBoxLayout(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("healthStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table = new QLabel(this);
    m_table->setObjectName(QStringLiteral("healthTable"));
    m_table->setWordWrap(true);
    m_table->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_table);

    layout->addWidget(new QLabel(
        tr("<b>Devices</b> (the %n days before the newest pass)", nullptr, kDays), this));
    m_devices = makeTable({tr("Device"), tr("Serial number"), tr("Passes"), tr("Newest pass"),
                           tr("Silent for"), tr("Repeated serialNo"), tr("Passes in the future"),
                           tr("Clock, h")},
                          QStringLiteral("healthDevices"), this);
    m_devices->setAccessibleName(tr("Devices"));
    layout->addWidget(m_devices, 2);

    layout->addWidget(new QLabel(tr("<b>Direction values</b>"), this));
    m_values = makeTable({tr("Stored value"), tr("Passes"), tr("Shown as"), QString()},
                         QStringLiteral("healthDirections"), this);
    m_values->setAccessibleName(tr("Direction values"));
    layout->addWidget(m_values, 1);

    layout->addWidget(new QLabel(tr("<b>Suspected ghost duplicates</b> (same person, door and "
                                    "direction, exactly 1 h apart or within a minute)"),
                                 this));
    m_ghosts = makeTable({tr("Kind"), tr("Person"), tr("Door"), tr("First"), tr("Second")},
                         QStringLiteral("healthGhosts"), this);
    m_ghosts->setAccessibleName(tr("Suspected ghost duplicates"));
    layout->addWidget(m_ghosts, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refresh = buttons->addButton(tr("Read again"), QDialogButtonBox::ActionRole);
    connect(m_refresh, &QPushButton::clicked, this, &DataHealthDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 680);

    connect(m_session, &db::DataSession::tableChecked, this,
            [this](const db::TableSummary &summary) {
                if (!m_ready && !m_summary)
                    startScan(summary);
            });
    connect(m_session, &db::DataSession::tableCheckFailed, this, [this](const QString &message) {
        if (!m_ready && !m_summary)
            fail(message);
    });
    refresh();
}

DataHealthDialog::~DataHealthDialog() = default;

void DataHealthDialog::setDirections(sql::DirectionMapping directions)
{
    m_directions = std::move(directions);
}

QString DataHealthDialog::statusText() const
{
    return m_status->text();
}

void DataHealthDialog::refresh()
{
    ++m_generation;
    m_ready = false;
    if (m_load)
        m_load->cancel();
    dropLoad();
    m_scanner.reset();
    m_summary.reset();
    m_refresh->setEnabled(false);
    m_status->setText(tr("Reading the table…"));
    m_session->checkTable();
}

void DataHealthDialog::startScan(const db::TableSummary &summary)
{
    m_summary = summary;
    report::DataHealthOptions options;
    options.at = fromQDateTime(QDateTime::currentDateTime());
    m_scanner = std::make_unique<report::DataHealthScanner>(m_directions, options);
    const DateTime newest =
        summary.newestEvent && summary.newestEvent->time ? *summary.newestEvent->time : options.at;
    const DateTime to = addSeconds(newest, 1);
    const DateTime from = addSeconds(to, -std::int64_t(kDays) * kSecondsPerDay);
    m_status->setText(
        tr("Reading the passes of %1 to %2…").arg(displayTime(from), displayTime(to)));
    m_load = std::make_unique<db::RangeLoad>(m_session, QStringLiteral("health"));
    connect(m_load.get(), &db::RangeLoad::batch, this, [this](const QList<AccessEvent> &events) {
        m_scanner->add(
            std::span<const AccessEvent>(events.constData(), std::size_t(events.size())));
    });
    connect(m_load.get(), &db::RangeLoad::failed, this, &DataHealthDialog::fail);
    connect(m_load.get(), &db::RangeLoad::finished, this, [this, from, to] {
        // The sums sort every pass of the period: on a thread-pool thread.
        auto *watcher = new QFutureWatcher<report::DataHealth>(this);
        const quint64 generation = m_generation;
        connect(watcher, &QFutureWatcher<report::DataHealth>::finished, this,
                [this, watcher, generation] {
                    watcher->deleteLater();
                    if (generation == m_generation && m_summary)
                        showHealth(*m_summary, watcher->result());
                });
        std::shared_ptr<report::DataHealthScanner> scanner(std::move(m_scanner));
        watcher->setFuture(
            QtConcurrent::run([scanner, from, to] { return scanner->finish(from, to); }));
        dropLoad();
    });
    if (summary.rowCount == 0) {
        m_load.reset();
        showHealth(summary, m_scanner->finish(from, to));
        return;
    }
    m_load->start(from, to);
}

void DataHealthDialog::showHealth(const db::TableSummary &s, const report::DataHealth &health)
{
    QStringList lines;
    lines << tr("%1: %2 passes, the first %3, the newest %4.")
                 .arg(s.table, QLocale().toString(s.rowCount),
                      s.oldestEvent ? displayDateTime(*s.oldestEvent) : tr("none"),
                      s.newestEvent ? displayDateTime(*s.newestEvent) : tr("none"));
    if (s.keyColumn.isEmpty())
        lines << tr("Live follows the table by time (no key column: %1).").arg(s.keylessReason);
    else
        lines << tr("Live follows the key column %1.").arg(s.keyColumn);
    if (s.rowsWithoutTime > 0)
        lines << tr("%n pass(es) have no date and time.", nullptr, int(s.rowsWithoutTime));
    if (health.keysSharedAcrossDevices > 0)
        lines << tr("%n serialNo value(s) are used by more than one device: the devices number "
                    "their own passes.",
                    nullptr, int(health.keysSharedAcrossDevices));
    m_table->setText(lines.join(QLatin1Char('\n')));

    m_devices->setRowCount(0);
    for (const report::DeviceHealth &d : health.devices) {
        const int row = m_devices->rowCount();
        m_devices->insertRow(row);
        m_devices->setItem(row, 0, cell(d.device.empty() ? tr("(none)") : qs(d.device)));
        m_devices->setItem(row, 1, cell(qs(d.deviceSerial)));
        m_devices->setItem(row, 2, number(d.rows));
        m_devices->setItem(row, 3, cell(d.newest ? displayTime(*d.newest) : QString()));
        QString silence = d.ageSeconds ? age(*d.ageSeconds) : QString();
        if (d.silent)
            silence = tr("▲ %1 (usually busy at this hour)").arg(silence);
        m_devices->setItem(row, 4, cell(silence));
        m_devices->setItem(row, 5, number(d.serialDuplicates));
        m_devices->setItem(row, 6, number(d.futureRows));
        m_devices->setItem(row, 7,
                           cell(d.clockSkewSeconds ? hours(*d.clockSkewSeconds) : QString()));
    }
    m_devices->resizeColumnsToContents();

    m_values->setRowCount(0);
    for (const report::DirectionValueHealth &v : health.directions) {
        const int row = m_values->rowCount();
        m_values->insertRow(row);
        m_values->setItem(row, 0, cell(v.value.empty() ? tr("(empty)") : qs(v.value)));
        m_values->setItem(row, 1, number(v.count));
        m_values->setItem(row, 2, cell(v.mapped() ? directionText(v.mapsTo) : tr("▲ not mapped")));
        if (v.mapped())
            continue;
        auto *actions = new QWidget(m_values);
        auto *box = new QHBoxLayout(actions);
        box->setContentsMargins(0, 0, 0, 0);
        const QString value = qs(v.value);
        for (const Direction direction : {Direction::In, Direction::Out}) {
            auto *button = new QPushButton(
                direction == Direction::In ? tr("Map as In") : tr("Map as Out"), actions);
            button->setObjectName(direction == Direction::In ? QStringLiteral("mapIn_") + value
                                                             : QStringLiteral("mapOut_") + value);
            connect(button, &QPushButton::clicked, this,
                    [this, value, direction] { emit directionMapped(value, direction); });
            box->addWidget(button);
        }
        m_values->setCellWidget(row, 3, actions);
    }
    m_values->resizeColumnsToContents();

    m_ghosts->setRowCount(0);
    for (const report::GhostDuplicate &g : health.ghostSamples) {
        const int row = m_ghosts->rowCount();
        m_ghosts->insertRow(row);
        m_ghosts->setItem(row, 0,
                          cell(g.kind == report::GhostDuplicate::Kind::Hour ? tr("1 hour apart")
                                                                            : tr("repeated")));
        m_ghosts->setItem(row, 1, cell(qs(g.person.empty() ? g.employeeId : g.person)));
        m_ghosts->setItem(row, 2, cell(qs(g.door)));
        m_ghosts->setItem(row, 3, cell(displayTime(g.first)));
        m_ghosts->setItem(row, 4, cell(displayTime(g.second)));
    }
    m_ghosts->resizeColumnsToContents();

    m_status->setText(tr("%n pass(es) read from %1 to %2; %3 suspected ghost duplicate(s).",
                         nullptr, int(std::min<qint64>(health.rowsScanned, 1 << 30)))
                          .arg(displayTime(health.from), displayTime(health.to))
                          .arg(QLocale().toString(health.ghostDuplicates)));
    m_refresh->setEnabled(true);
    m_ready = true;
    emit ready();
}

void DataHealthDialog::dropLoad()
{
    if (m_load)
        m_load.release()->deleteLater();
}

void DataHealthDialog::fail(const QString &message)
{
    dropLoad();
    m_scanner.reset();
    m_status->setText(tr("Reading the table failed: %1").arg(message));
    m_refresh->setEnabled(true);
    m_ready = true;
    emit ready();
}

} // namespace attlog::ui
