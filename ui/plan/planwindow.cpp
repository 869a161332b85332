// SPDX-License-Identifier: MIT
#include "ui/plan/planwindow.h"

#include "core/export/stagedfile.h"
#include "db/plan/planstore.h"
#include "db/plan/workplanjson.h"
#include "db/qtconvert.h"
#include "db/runtime/osuser.h"
#include "ui/common/eventformat.h"
#include "ui/common/monthspinbox.h"
#include "ui/worktime/worktimestyle.h"

#include <QBrush>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <set>

namespace attlog::ui {

namespace {

struct LoadResult
{
    QByteArray json;
    qint64 version = 0;
    QString savedBy;
    QDateTime savedAt;
    QString error;
};

struct SaveResult
{
    qint64 version = 0;
    QString error;
};

} // namespace

PlanWindow::PlanWindow(QString storePath, QWidget *parent)
    : QDialog(parent)
    , m_storePath(std::move(storePath))
    , m_tabs(new QTabWidget(this))
    , m_month(new MonthSpinBox(this))
    , m_grid(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(tr("Work plan"));
    setObjectName(QStringLiteral("planWindow"));
    const std::array<QString, kPlanSectionCount> titles{
        tr("Shifts"),    tr("Patterns"), tr("Groups"),  tr("Assignments"),
        tr("Overrides"), tr("Calendar"), tr("Absences")};
    for (int s = 0; s < kPlanSectionCount; ++s) {
        const auto section = PlanSection(s);
        QTableWidget *table = createPlanTable(section, this);
        m_tables[std::size_t(s)] = table;
        auto *page = new QWidget(this);
        auto *add = new QPushButton(tr("Add row"), page);
        auto *remove = new QPushButton(tr("Remove selected rows"), page);
        connect(add, &QPushButton::clicked, table, [table, section] {
            const int row = addPlanRow(table, section);
            table->setCurrentCell(row, 0);
            table->editItem(table->item(row, 0));
        });
        connect(remove, &QPushButton::clicked, table, [table] {
            std::set<int, std::greater<>> rows;
            for (const QModelIndex &index : table->selectionModel()->selectedIndexes())
                rows.insert(index.row());
            for (const int row : rows)
                table->removeRow(row);
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(table, 1);
        layout->addLayout(buttons);
        m_tabs->addTab(page, titles[std::size_t(s)]);
    }

    // The month grid: the plan per person and day, the worked figures beside it.
    auto *gridPage = new QWidget(this);
    const QDate today = QDate::currentDate();
    m_month->setMonth(today);
    m_grid->setObjectName(QStringLiteral("planMonthGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    auto *gridTop = new QHBoxLayout;
    gridTop->addWidget(new QLabel(tr("Month:"), gridPage));
    gridTop->addWidget(m_month);
    gridTop->addWidget(
        new QLabel(tr("Each day: the planned shift (В a day off, an absence its code); below it "
                      "the worked code and hours when Worktime has calculated this month under "
                      "the plan."),
                   gridPage),
        1);
    auto *gridLayout = new QVBoxLayout(gridPage);
    gridLayout->addLayout(gridTop);
    gridLayout->addWidget(m_grid, 1);
    m_tabs->addTab(gridPage, tr("Month grid"));
    connect(m_month, &MonthSpinBox::monthChanged, this, &PlanWindow::refreshGrid);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == kPlanSectionCount)
            refreshGrid(); // the tables may have changed
    });

    auto *importButton = new QPushButton(tr("&Import JSON…"), this);
    auto *exportButton = new QPushButton(tr("&Export JSON…"), this);
    auto *reloadButton = new QPushButton(tr("&Reload"), this);
    connect(importButton, &QPushButton::clicked, this, &PlanWindow::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &PlanWindow::chooseExport);
    connect(reloadButton, &QPushButton::clicked, this, &PlanWindow::load);
    connect(m_saveButton, &QPushButton::clicked, this, &PlanWindow::save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_saveButton);
    actions->addWidget(reloadButton);
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addWidget(m_versionLabel, 1);
    actions->addWidget(close);

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Plan store: %1").arg(QDir::toNativeSeparators(m_storePath)), this));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    resize(1100, 640);
}

PlanWindow::~PlanWindow() = default;

QString PlanWindow::message() const
{
    return m_message->text();
}

void PlanWindow::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c") : QString());
    m_message->setText(text);
}

void PlanWindow::fillTables(const QByteArray &json)
{
    const QJsonObject plan = QJsonDocument::fromJson(json).object();
    for (int s = 0; s < kPlanSectionCount; ++s)
        fillPlanTable(m_tables[std::size_t(s)], PlanSection(s), plan);
    refreshGrid();
}

std::optional<WorkPlan> PlanWindow::currentPlan(QString *error) const
{
    QJsonObject plan;
    for (int s = 0; s < kPlanSectionCount; ++s)
        readPlanTable(m_tables[std::size_t(s)], PlanSection(s), &plan);
    return db::workPlanFromJson(QJsonDocument(plan).toJson(QJsonDocument::Compact), error);
}

void PlanWindow::load()
{
    if (m_busy)
        return;
    m_busy = true;
    m_saveButton->setEnabled(false);
    showMessage(tr("Reading the plan…"), false);
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        m_saveButton->setEnabled(true);
        const LoadResult result = watcher->result();
        if (!result.error.isEmpty()) {
            showMessage(tr("The plan cannot be read: %1").arg(result.error), true);
            emit loaded(false, result.error);
            return;
        }
        m_version = result.version;
        fillTables(result.json);
        m_versionLabel->setText(
            result.version == 0
                ? tr("Nothing saved yet")
                : tr("Version %1, saved by %2 on %3")
                      .arg(result.version)
                      .arg(result.savedBy,
                           QLocale().toString(result.savedAt.toLocalTime(), QLocale::ShortFormat)));
        showMessage(result.version == 0 ? tr("A new plan with the built-in calendar.")
                                        : tr("The plan is loaded."),
                    false);
        emit loaded(true, QString());
    });
    watcher->setFuture(QtConcurrent::run([path = m_storePath] {
        LoadResult result;
        db::PlanStore store(path);
        const std::optional<db::PlanStore::Loaded> loaded = store.load(&result.error);
        if (!loaded)
            return result;
        result.json = db::workPlanToJson(loaded->plan);
        result.version = loaded->version;
        result.savedBy = loaded->savedBy;
        result.savedAt = loaded->savedAt;
        return result;
    }));
}

bool PlanWindow::save()
{
    if (m_busy)
        return false;
    QString error;
    const std::optional<WorkPlan> plan = currentPlan(&error);
    if (!plan) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_busy = true;
    m_saveButton->setEnabled(false);
    showMessage(tr("Saving…"), false);
    auto *watcher = new QFutureWatcher<SaveResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        m_saveButton->setEnabled(true);
        const SaveResult result = watcher->result();
        if (!result.error.isEmpty()) {
            showMessage(tr("Not saved: %1").arg(result.error), true);
            emit saved(false, result.error);
            return;
        }
        m_version = result.version;
        m_versionLabel->setText(tr("Version %1, saved by you").arg(result.version));
        const QString text = tr("Saved as version %1.").arg(result.version);
        showMessage(text, false);
        refreshGrid();
        emit saved(true, text);
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_storePath, plan = *plan, base = m_version, user = db::operatingSystemUser()] {
            SaveResult result;
            db::PlanStore store(path);
            store.save(plan, base, user, &result.version, &result.error);
            return result;
        }));
    return true;
}

bool PlanWindow::importJson(const QString &path, QString *error)
{
    const std::optional<WorkPlan> plan = db::readWorkPlanFile(path, error);
    if (!plan)
        return false;
    fillTables(db::workPlanToJson(*plan));
    showMessage(tr("Imported %1; Save keeps it.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool PlanWindow::exportJson(const QString &path, QString *error) const
{
    const std::optional<WorkPlan> plan = currentPlan(error);
    if (!plan)
        return false;
    const QByteArray json = db::workPlanToJson(*plan);
    std::string message;
    if (writeStagedFile(toPath(path), std::string_view(json.constData(), std::size_t(json.size())),
                        &message))
        return true;
    *error = qs(message);
    return false;
}

void PlanWindow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a work plan"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Work plans (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importJson(path, &error))
        showMessage(error, true);
}

void PlanWindow::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the work plan"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("workplan.json")),
        tr("Work plans (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportJson(path, &error))
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(error, true);
}

void PlanWindow::setMonth(int year, int month)
{
    m_month->setMonth(QDate(year, month, 1));
    refreshGrid();
}

void PlanWindow::setWorked(WorktimeResultPtr result)
{
    m_worked = std::move(result);
    refreshGrid();
}

void PlanWindow::refreshGrid()
{
    QString error;
    const std::optional<WorkPlan> plan = currentPlan(&error);
    m_grid->clear();
    m_grid->setRowCount(0);
    if (!plan) {
        m_grid->setColumnCount(0);
        return;
    }
    const QDate month = m_month->month();
    const int days = month.daysInMonth();
    // Everyone the plan names, with the names Worktime knows.
    std::set<std::string> ids;
    for (const PlanAssignment &a : plan->assignments) {
        if (!a.employeeId.empty())
            ids.insert(a.employeeId);
    }
    for (const auto &[group, members] : plan->groups)
        ids.insert(members.begin(), members.end());
    for (const ShiftOverride &o : plan->overrides)
        ids.insert(o.employeeId);
    for (const Absence &a : plan->absences)
        ids.insert(a.employeeId);
    std::map<std::string, std::string> names;
    // The worked day of (employee id, date) when Worktime calculated this month under a plan.
    std::map<std::pair<std::string, int>, const PlannedWorkDay *> worked;
    if (m_worked && m_worked->planned) {
        const PlannedWorktimeReport &report = *m_worked->planned;
        for (const PlannedWorkDay &day : report.days) {
            const WorktimePerson &person = report.people[day.person];
            names[person.employeeId] = person.name;
            worked[{person.employeeId, day.date.days}] = &day;
        }
    }

    m_grid->setColumnCount(2 + days);
    QStringList headers{tr("Employee ID"), tr("Name")};
    for (int d = 1; d <= days; ++d)
        headers << QString::number(d);
    m_grid->setHorizontalHeaderLabels(headers);
    m_grid->setRowCount(int(ids.size()));
    const WorkPlanResolver resolver(*plan);
    int row = 0;
    for (const std::string &id : ids) {
        m_grid->setItem(row, 0, new QTableWidgetItem(qs(id)));
        const auto name = names.find(id);
        m_grid->setItem(row, 1,
                        new QTableWidgetItem(name != names.end() ? qs(name->second) : QString()));
        for (int d = 1; d <= days; ++d) {
            const Date date = dateFromCivil(month.year(), month.month(), d);
            const PlannedDay planned = resolver.plannedDay(id, date);
            QString text;
            QColor color;
            if (!planned.absence.empty()) {
                text = qs(planned.absence);
                color = QColor(0xbb, 0xde, 0xfb);
            } else if (planned.kind == PlannedDayKind::Working && planned.shift) {
                text = qs(planned.shift->id);
            } else if (planned.assigned) {
                text = QStringLiteral("В");
                color = nonWorkingDayColor();
            }
            const auto figures = worked.find({id, date.days});
            if (figures != worked.end() && !figures->second->code.empty()) {
                const PlannedWorkDay &day = *figures->second;
                text += QLatin1Char('\n') + qs(day.code);
                if (day.workedMinutes > 0)
                    text += QLatin1Char(' ') + displayMinutes(day.workedMinutes);
                if (day.code == "НН")
                    color = absentColor();
            }
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignCenter);
            if (color.isValid())
                item->setBackground(color);
            m_grid->setItem(row, 1 + d, item);
        }
        ++row;
    }
    m_grid->setColumnWidth(0, 90);
    m_grid->setColumnWidth(1, 200);
    for (int d = 1; d <= days; ++d)
        m_grid->setColumnWidth(1 + d, 64);
    m_grid->verticalHeader()->setDefaultSectionSize(2 * m_grid->fontMetrics().height() + 6);
}

} // namespace attlog::ui
