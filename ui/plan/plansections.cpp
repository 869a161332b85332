// SPDX-License-Identifier: MIT
#include "ui/plan/plansections.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QTableWidget>

#include <vector>

namespace attlog::ui {

namespace {

enum class Kind
{
    Text,         // a string member, left out when empty
    Integer,      // a whole number (text that is not one is passed on for the reader to refuse)
    Flag,         // true when checked, left out otherwise
    OptionalFlag, // tri-state: partly checked leaves it out (the default)
    List,         // comma-separated strings; "-" is null (a pattern's day off)
    NullableText, // empty is null (an override's day off)
    CalendarKind, // the calendar row's list (a combo box)
};

struct Column
{
    const char *key;
    const char *header;
    Kind kind;
};

// The calendar's lists, in the order the combo box offers them.
const char *const kCalendarKeys[] = {"holidays", "days_off", "short_days", "working_days"};

const std::vector<Column> &columns(PlanSection section)
{
    static const std::vector<Column> shifts{
        {"id", QT_TRANSLATE_NOOP("PlanSections", "Shift"), Kind::Text},
        {"start", QT_TRANSLATE_NOOP("PlanSections", "Start"), Kind::Text},
        {"end", QT_TRANSLATE_NOOP("PlanSections", "End"), Kind::Text},
        {"break_min", QT_TRANSLATE_NOOP("PlanSections", "Break, min"), Kind::Integer},
        {"grace_late_min", QT_TRANSLATE_NOOP("PlanSections", "Grace late, min"), Kind::Integer},
        {"grace_early_min", QT_TRANSLATE_NOOP("PlanSections", "Grace early, min"), Kind::Integer},
        {"overtime_after_min", QT_TRANSLATE_NOOP("PlanSections", "Overtime after, min"),
         Kind::Integer},
        {"flexible", QT_TRANSLATE_NOOP("PlanSections", "Flexible"), Kind::Flag},
        {"required_min", QT_TRANSLATE_NOOP("PlanSections", "Required, min"), Kind::Integer},
        {"window_start", QT_TRANSLATE_NOOP("PlanSections", "Window from"), Kind::Text},
        {"window_end", QT_TRANSLATE_NOOP("PlanSections", "Window to"), Kind::Text}};
    static const std::vector<Column> patterns{
        {"id", QT_TRANSLATE_NOOP("PlanSections", "Pattern"), Kind::Text},
        {"days", QT_TRANSLATE_NOOP("PlanSections", "Days (shifts; - is a day off)"), Kind::List},
        {"anchor", QT_TRANSLATE_NOOP("PlanSections", "First day"), Kind::Text},
        {"follows_calendar", QT_TRANSLATE_NOOP("PlanSections", "Follows the calendar"),
         Kind::OptionalFlag}};
    static const std::vector<Column> groups{
        {"name", QT_TRANSLATE_NOOP("PlanSections", "Group"), Kind::Text},
        {"members", QT_TRANSLATE_NOOP("PlanSections", "Employee IDs"), Kind::List}};
    static const std::vector<Column> assignments{
        {"employee_id", QT_TRANSLATE_NOOP("PlanSections", "Employee ID"), Kind::Text},
        {"group", QT_TRANSLATE_NOOP("PlanSections", "or group"), Kind::Text},
        {"pattern", QT_TRANSLATE_NOOP("PlanSections", "Pattern"), Kind::Text},
        {"from", QT_TRANSLATE_NOOP("PlanSections", "From"), Kind::Text},
        {"to", QT_TRANSLATE_NOOP("PlanSections", "To"), Kind::Text}};
    static const std::vector<Column> overrides{
        {"employee_id", QT_TRANSLATE_NOOP("PlanSections", "Employee ID"), Kind::Text},
        {"date", QT_TRANSLATE_NOOP("PlanSections", "Date"), Kind::Text},
        {"shift", QT_TRANSLATE_NOOP("PlanSections", "Shift (empty: day off)"), Kind::NullableText}};
    static const std::vector<Column> calendar{
        {"date", QT_TRANSLATE_NOOP("PlanSections", "Date"), Kind::Text},
        {"kind", QT_TRANSLATE_NOOP("PlanSections", "Kind"), Kind::CalendarKind}};
    static const std::vector<Column> absences{
        {"employee_id", QT_TRANSLATE_NOOP("PlanSections", "Employee ID"), Kind::Text},
        {"from", QT_TRANSLATE_NOOP("PlanSections", "From"), Kind::Text},
        {"to", QT_TRANSLATE_NOOP("PlanSections", "To"), Kind::Text},
        {"code", QT_TRANSLATE_NOOP("PlanSections", "Code (Б, ОТ, К, ДО, Г…)"), Kind::Text}};
    switch (section) {
    case PlanSection::Shifts:
        return shifts;
    case PlanSection::Patterns:
        return patterns;
    case PlanSection::Groups:
        return groups;
    case PlanSection::Assignments:
        return assignments;
    case PlanSection::Overrides:
        return overrides;
    case PlanSection::Calendar:
        return calendar;
    case PlanSection::Absences:
        break;
    }
    return absences;
}

const char *sectionKey(PlanSection section)
{
    switch (section) {
    case PlanSection::Shifts:
        return "shifts";
    case PlanSection::Patterns:
        return "patterns";
    case PlanSection::Groups:
        return "groups";
    case PlanSection::Assignments:
        return "assignments";
    case PlanSection::Overrides:
        return "overrides";
    case PlanSection::Calendar:
        return "calendar";
    case PlanSection::Absences:
        break;
    }
    return "absences";
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << (item.isNull() ? QStringLiteral("-") : valueText(item));
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

void setCell(QTableWidget *table, int row, int column, const Column &spec, const QJsonValue &value)
{
    if (spec.kind == Kind::CalendarKind) {
        auto *combo = new QComboBox(table);
        for (const char *key : kCalendarKeys)
            combo->addItem(calendarKindText(QLatin1String(key)), QLatin1String(key));
        const int at = combo->findData(value.toString());
        combo->setCurrentIndex(at < 0 ? 0 : at);
        table->setCellWidget(row, column, combo);
        return;
    }
    auto *item = new QTableWidgetItem;
    if (spec.kind == Kind::Flag || spec.kind == Kind::OptionalFlag) {
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (spec.kind == Kind::OptionalFlag)
            flags |= Qt::ItemIsUserTristate;
        item->setFlags(flags);
        const Qt::CheckState unset =
            spec.kind == Kind::OptionalFlag ? Qt::PartiallyChecked : Qt::Unchecked;
        item->setCheckState(value.isBool() ? (value.toBool() ? Qt::Checked : Qt::Unchecked)
                                           : unset);
    } else {
        item->setText(valueText(value));
    }
    table->setItem(row, column, item);
}

// The cell as JSON; undefined when it is left out.
QJsonValue cellValue(const QTableWidget *table, int row, int column, const Column &spec)
{
    if (spec.kind == Kind::CalendarKind) {
        const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, column));
        return combo ? QJsonValue(combo->currentData().toString()) : QJsonValue();
    }
    const QTableWidgetItem *item = table->item(row, column);
    if (spec.kind == Kind::Flag || spec.kind == Kind::OptionalFlag) {
        if (!item || item->checkState() == Qt::PartiallyChecked)
            return QJsonValue(QJsonValue::Undefined);
        if (spec.kind == Kind::Flag && item->checkState() == Qt::Unchecked)
            return QJsonValue(QJsonValue::Undefined);
        return item->checkState() == Qt::Checked;
    }
    const QString text = item ? item->text().trimmed() : QString();
    switch (spec.kind) {
    case Kind::Integer: {
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case Kind::List: {
        QJsonArray list;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString value = part.trimmed();
            list.append(value == QLatin1String("-") ? QJsonValue() : QJsonValue(value));
        }
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(list);
    }
    case Kind::NullableText:
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    default:
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
}

bool rowIsEmpty(const QTableWidget *table, int row, PlanSection section)
{
    const std::vector<Column> &spec = columns(section);
    for (int c = 0; c < int(spec.size()); ++c) {
        const Kind kind = spec[std::size_t(c)].kind;
        if (kind == Kind::Text || kind == Kind::Integer || kind == Kind::List ||
            kind == Kind::NullableText) {
            const QTableWidgetItem *item = table->item(row, c);
            if (item && !item->text().trimmed().isEmpty())
                return false;
        }
    }
    return true;
}

} // namespace

QString calendarKindText(const QString &jsonKey)
{
    if (jsonKey == QLatin1String("holidays"))
        return QCoreApplication::translate("PlanSections", "Public holiday");
    if (jsonKey == QLatin1String("days_off"))
        return QCoreApplication::translate("PlanSections", "Day off (transfer)");
    if (jsonKey == QLatin1String("short_days"))
        return QCoreApplication::translate("PlanSections", "Short day (an hour less)");
    return QCoreApplication::translate("PlanSections", "Working day (transfer)");
}

QTableWidget *createPlanTable(PlanSection section, QWidget *parent)
{
    const std::vector<Column> &spec = columns(section);
    auto *table = new QTableWidget(0, int(spec.size()), parent);
    QStringList headers;
    for (const Column &column : spec)
        headers << QCoreApplication::translate("PlanSections", column.header);
    table->setHorizontalHeaderLabels(headers);
    table->setObjectName(QLatin1String(sectionKey(section)));
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int c = 0; c < int(spec.size()); ++c)
        table->setColumnWidth(c, spec[std::size_t(c)].kind == Kind::List ? 260 : 120);
    return table;
}

int addPlanRow(QTableWidget *table, PlanSection section)
{
    const int row = table->rowCount();
    table->insertRow(row);
    const std::vector<Column> &spec = columns(section);
    for (int c = 0; c < int(spec.size()); ++c)
        setCell(table, row, c, spec[std::size_t(c)], QJsonValue(QJsonValue::Undefined));
    return row;
}

void fillPlanTable(QTableWidget *table, PlanSection section, const QJsonObject &plan)
{
    table->setRowCount(0);
    const std::vector<Column> &spec = columns(section);
    const QJsonValue member = plan.value(QLatin1String(sectionKey(section)));
    // Each item as an object with the columns' keys.
    std::vector<QJsonObject> items;
    if (section == PlanSection::Groups) {
        const QJsonObject groups = member.toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it)
            items.push_back(QJsonObject{{QStringLiteral("name"), it.key()},
                                        {QStringLiteral("members"), it.value()}});
    } else if (section == PlanSection::Calendar) {
        const QJsonObject calendar = member.toObject();
        for (const char *key : kCalendarKeys) {
            for (const QJsonValue &date : calendar.value(QLatin1String(key)).toArray())
                items.push_back(QJsonObject{{QStringLiteral("date"), date},
                                            {QStringLiteral("kind"), QLatin1String(key)}});
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const QJsonObject &a, const QJsonObject &b) {
                             return a.value(QStringLiteral("date")).toString() <
                                    b.value(QStringLiteral("date")).toString();
                         });
    } else {
        for (const QJsonValue &item : member.toArray())
            items.push_back(item.toObject());
    }
    table->setRowCount(int(items.size()));
    for (int row = 0; row < int(items.size()); ++row) {
        for (int c = 0; c < int(spec.size()); ++c) {
            const Column &column = spec[std::size_t(c)];
            setCell(table, row, c, column,
                    items[std::size_t(row)].value(QLatin1String(column.key)));
        }
    }
}

void readPlanTable(const QTableWidget *table, PlanSection section, QJsonObject *plan)
{
    const std::vector<Column> &spec = columns(section);
    QJsonArray items;
    QJsonObject groups;
    QJsonObject calendar{{QStringLiteral("base"), QStringLiteral("none")}};
    for (int row = 0; row < table->rowCount(); ++row) {
        if (rowIsEmpty(table, row, section))
            continue;
        QJsonObject item;
        for (int c = 0; c < int(spec.size()); ++c) {
            const QJsonValue value = cellValue(table, row, c, spec[std::size_t(c)]);
            if (!value.isUndefined())
                item.insert(QLatin1String(spec[std::size_t(c)].key), value);
        }
        if (section == PlanSection::Groups) {
            groups.insert(item.value(QStringLiteral("name")).toString(),
                          item.value(QStringLiteral("members")).isArray()
                              ? item.value(QStringLiteral("members"))
                              : QJsonValue(QJsonArray()));
        } else if (section == PlanSection::Calendar) {
            const QString key = item.value(QStringLiteral("kind")).toString();
            QJsonArray dates = calendar.value(key).toArray();
            dates.append(item.value(QStringLiteral("date")));
            calendar.insert(key, dates);
        } else {
            items.append(item);
        }
    }
    const QString key = QLatin1String(sectionKey(section));
    if (section == PlanSection::Groups)
        plan->insert(key, groups);
    else if (section == PlanSection::Calendar)
        plan->insert(key, calendar);
    else
        plan->insert(key, items);
}

} // namespace attlog::ui
