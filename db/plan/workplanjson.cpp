// SPDX-License-Identifier: MIT
#include "db/plan/workplanjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attlog::db {

namespace {

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue text(const std::string &value)
{
    return QString::fromStdString(value);
}

QJsonArray dates(const std::set<Date> &values)
{
    QJsonArray array;
    for (const Date d : values)
        array.append(QString::fromStdString(formatIsoDate(d)));
    return array;
}

// Reading: each helper reports a wrong value through `fail` with the member's name.
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    {}

    bool failed() const { return m_failed; }
    bool fail(const QString &where, const QString &what)
    {
        if (!m_failed)
            *m_error = where + QStringLiteral(": ") + what;
        m_failed = true;
        return false;
    }

    // A text member; employee ids may also be whole numbers.
    std::string string(const QJsonObject &o, const char *key, const QString &where,
                       bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed().toStdString();
        if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && v.toDouble() >= 0)
            return std::to_string(qint64(v.toDouble()));
        if (required || !v.isUndefined())
            fail(where, QStringLiteral("%1 must be text").arg(QLatin1String(key)));
        return {};
    }
    int minutes(const QJsonObject &o, const char *key, const QString &where, int fallback,
                int max = 24 * 60)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(int(v.toDouble())) || v.toDouble() < 0 ||
            v.toDouble() > max) {
            fail(where, QStringLiteral("%1 must be whole minutes, 0 to %2")
                            .arg(QLatin1String(key))
                            .arg(max));
            return fallback;
        }
        return int(v.toDouble());
    }
    int time(const QJsonObject &o, const char *key, const QString &where, int fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const std::optional<int> seconds = parseTimeOfDay(v.toString().toStdString());
        if (!v.isString() || !seconds || *seconds % 60 != 0) {
            fail(where, QStringLiteral("%1 must be a time HH:MM").arg(QLatin1String(key)));
            return fallback;
        }
        return *seconds / 60;
    }
    Date date(const QJsonValue &v, const QString &where, const char *key)
    {
        const QString s = v.toString();
        const std::optional<Date> parsed = s.size() == 10 && s.at(4) == QLatin1Char('-')
                                               ? parseDate(s.toStdString())
                                               : std::nullopt;
        if (!v.isString() || !parsed) {
            fail(where, QStringLiteral("%1 must be a date YYYY-MM-DD").arg(QLatin1String(key)));
            return {};
        }
        return *parsed;
    }
    std::set<Date> dateList(const QJsonObject &o, const char *key, const QString &where)
    {
        std::set<Date> out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(where, QStringLiteral("%1 must be a list of dates").arg(QLatin1String(key)));
            return out;
        }
        for (const QJsonValue &item : v.toArray())
            out.insert(date(item, where, key));
        return out;
    }
    // The objects of a top-level list, with their 1-based numbers for messages.
    QJsonArray objects(const QJsonObject &root, const char *key)
    {
        const QJsonValue v = root.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        bool ok = v.isArray();
        for (const QJsonValue &item : v.toArray())
            ok = ok && item.isObject();
        if (!ok)
            fail(QLatin1String(key), QStringLiteral("must be a list of objects"));
        return v.toArray();
    }

private:
    QString *m_error;
    bool m_failed = false;
};

QString place(const char *list, int number)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(list)).arg(number);
}

} // namespace

QByteArray workPlanToJson(const WorkPlan &plan)
{
    QJsonObject root;
    QJsonArray shifts;
    for (const Shift &shift : plan.shifts) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), text(shift.id));
        if (shift.flexible) {
            o.insert(QStringLiteral("flexible"), true);
            o.insert(QStringLiteral("required_min"), shift.requiredMinutes);
            o.insert(QStringLiteral("window_start"), hhmm(shift.windowStartMinute));
            o.insert(QStringLiteral("window_end"), hhmm(shift.windowEndMinute % (24 * 60)));
        } else {
            o.insert(QStringLiteral("start"), hhmm(shift.startMinute));
            o.insert(QStringLiteral("end"), hhmm(shift.endMinute));
        }
        o.insert(QStringLiteral("break_min"), shift.breakMinutes);
        o.insert(QStringLiteral("grace_late_min"), shift.graceLateMinutes);
        o.insert(QStringLiteral("grace_early_min"), shift.graceEarlyMinutes);
        o.insert(QStringLiteral("overtime_after_min"), shift.overtimeAfterMinutes);
        shifts.append(o);
    }
    root.insert(QStringLiteral("shifts"), shifts);
    QJsonArray patterns;
    for (const ShiftPattern &pattern : plan.patterns) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), text(pattern.id));
        QJsonArray days;
        for (const auto &day : pattern.days)
            days.append(day ? text(*day) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("days"), days);
        o.insert(QStringLiteral("anchor"), QString::fromStdString(formatIsoDate(pattern.anchor)));
        if (pattern.followsCalendar)
            o.insert(QStringLiteral("follows_calendar"), *pattern.followsCalendar);
        patterns.append(o);
    }
    root.insert(QStringLiteral("patterns"), patterns);
    QJsonObject groups;
    for (const auto &[name, members] : plan.groups) {
        QJsonArray list;
        for (const std::string &member : members)
            list.append(text(member));
        groups.insert(QString::fromStdString(name), list);
    }
    root.insert(QStringLiteral("groups"), groups);
    QJsonArray assignments;
    for (const PlanAssignment &a : plan.assignments) {
        QJsonObject o;
        if (!a.employeeId.empty())
            o.insert(QStringLiteral("employee_id"), text(a.employeeId));
        else
            o.insert(QStringLiteral("group"), text(a.group));
        o.insert(QStringLiteral("pattern"), text(a.pattern));
        o.insert(QStringLiteral("from"), QString::fromStdString(formatIsoDate(a.from)));
        if (a.to)
            o.insert(QStringLiteral("to"), QString::fromStdString(formatIsoDate(*a.to)));
        assignments.append(o);
    }
    root.insert(QStringLiteral("assignments"), assignments);
    QJsonArray overrides;
    for (const ShiftOverride &o : plan.overrides) {
        QJsonObject object;
        object.insert(QStringLiteral("employee_id"), text(o.employeeId));
        object.insert(QStringLiteral("date"), QString::fromStdString(formatIsoDate(o.date)));
        object.insert(QStringLiteral("shift"),
                      o.shift ? text(*o.shift) : QJsonValue(QJsonValue::Null));
        overrides.append(object);
    }
    root.insert(QStringLiteral("overrides"), overrides);
    // The calendar as it stands, base included: the file reads back the same plan.
    QJsonObject calendar;
    calendar.insert(QStringLiteral("base"), QStringLiteral("none"));
    calendar.insert(QStringLiteral("holidays"), dates(plan.calendar.holidays));
    calendar.insert(QStringLiteral("days_off"), dates(plan.calendar.daysOff));
    calendar.insert(QStringLiteral("short_days"), dates(plan.calendar.shortDays));
    calendar.insert(QStringLiteral("working_days"), dates(plan.calendar.workingDays));
    root.insert(QStringLiteral("calendar"), calendar);
    QJsonArray absences;
    for (const Absence &absence : plan.absences) {
        QJsonObject o;
        o.insert(QStringLiteral("employee_id"), text(absence.employeeId));
        o.insert(QStringLiteral("from"), QString::fromStdString(formatIsoDate(absence.from)));
        o.insert(QStringLiteral("to"), QString::fromStdString(formatIsoDate(absence.to)));
        o.insert(QStringLiteral("code"), text(absence.code));
        absences.append(o);
    }
    root.insert(QStringLiteral("absences"), absences);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<WorkPlan> workPlanFromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = document.isNull() ? QStringLiteral("not JSON: %1 at byte %2")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset)
                                   : QStringLiteral("not a work plan: the JSON is not an object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Reader read(error);
    WorkPlan plan;

    int number = 0;
    for (const QJsonValue &value : read.objects(root, "shifts")) {
        const QJsonObject o = value.toObject();
        const QString where = place("shift", ++number);
        Shift shift;
        shift.id = read.string(o, "id", where);
        shift.flexible = o.value(QStringLiteral("flexible")).toBool(false);
        if (shift.flexible) {
            shift.requiredMinutes = read.minutes(o, "required_min", where, shift.requiredMinutes);
            shift.windowStartMinute = read.time(o, "window_start", where, shift.windowStartMinute);
            shift.windowEndMinute = read.time(o, "window_end", where, shift.windowEndMinute);
            if (shift.windowEndMinute == 0)
                shift.windowEndMinute = 24 * 60; // "00:00": the window runs to midnight
        } else {
            if (!o.contains(QStringLiteral("start")) || !o.contains(QStringLiteral("end")))
                read.fail(where, QStringLiteral("a shift needs start and end (or flexible)"));
            shift.startMinute = read.time(o, "start", where, shift.startMinute);
            shift.endMinute = read.time(o, "end", where, shift.endMinute);
        }
        shift.breakMinutes = read.minutes(o, "break_min", where, 0);
        shift.graceLateMinutes = read.minutes(o, "grace_late_min", where, 0);
        shift.graceEarlyMinutes = read.minutes(o, "grace_early_min", where, 0);
        shift.overtimeAfterMinutes = read.minutes(o, "overtime_after_min", where, 0);
        plan.shifts.push_back(std::move(shift));
    }
    number = 0;
    for (const QJsonValue &value : read.objects(root, "patterns")) {
        const QJsonObject o = value.toObject();
        const QString where = place("pattern", ++number);
        ShiftPattern pattern;
        pattern.id = read.string(o, "id", where);
        const QJsonValue days = o.value(QStringLiteral("days"));
        if (!days.isArray())
            read.fail(where, QStringLiteral("days must be a list of shift ids or nulls"));
        for (const QJsonValue &day : days.toArray()) {
            if (day.isNull())
                pattern.days.emplace_back();
            else if (day.isString() && !day.toString().isEmpty())
                pattern.days.emplace_back(day.toString().toStdString());
            else
                read.fail(where, QStringLiteral("days must be a list of shift ids or nulls"));
        }
        pattern.anchor = read.date(o.value(QStringLiteral("anchor")), where, "anchor");
        const QJsonValue follows = o.value(QStringLiteral("follows_calendar"));
        if (follows.isBool())
            pattern.followsCalendar = follows.toBool();
        else if (!follows.isUndefined())
            read.fail(where, QStringLiteral("follows_calendar must be true or false"));
        plan.patterns.push_back(std::move(pattern));
    }
    const QJsonValue groups = root.value(QStringLiteral("groups"));
    if (!groups.isUndefined() && !groups.isObject())
        read.fail(QStringLiteral("groups"), QStringLiteral("must map names to employee id lists"));
    const QJsonObject groupObject = groups.toObject();
    for (auto it = groupObject.begin(); it != groupObject.end(); ++it) {
        const QString where = QStringLiteral("group \"%1\"").arg(it.key());
        if (!it.value().isArray())
            read.fail(where, QStringLiteral("must be a list of employee ids"));
        std::vector<std::string> &members = plan.groups[it.key().trimmed().toStdString()];
        for (const QJsonValue &member : it.value().toArray()) {
            QJsonObject holder;
            holder.insert(QStringLiteral("id"), member);
            members.push_back(read.string(holder, "id", where));
        }
    }
    number = 0;
    for (const QJsonValue &value : read.objects(root, "assignments")) {
        const QJsonObject o = value.toObject();
        const QString where = place("assignment", ++number);
        PlanAssignment a;
        a.employeeId = read.string(o, "employee_id", where, false);
        a.group = read.string(o, "group", where, false);
        a.pattern = read.string(o, "pattern", where);
        a.from = read.date(o.value(QStringLiteral("from")), where, "from");
        if (o.contains(QStringLiteral("to")) && !o.value(QStringLiteral("to")).isNull())
            a.to = read.date(o.value(QStringLiteral("to")), where, "to");
        plan.assignments.push_back(std::move(a));
    }
    number = 0;
    for (const QJsonValue &value : read.objects(root, "overrides")) {
        const QJsonObject o = value.toObject();
        const QString where = place("override", ++number);
        ShiftOverride override;
        override.employeeId = read.string(o, "employee_id", where);
        override.date = read.date(o.value(QStringLiteral("date")), where, "date");
        const QJsonValue shift = o.value(QStringLiteral("shift"));
        if (shift.isString() && !shift.toString().isEmpty())
            override.shift = shift.toString().toStdString();
        else if (!shift.isNull())
            read.fail(where, QStringLiteral("shift must be a shift id or null (a day off)"));
        plan.overrides.push_back(std::move(override));
    }
    const QJsonValue calendarValue = root.value(QStringLiteral("calendar"));
    if (!calendarValue.isUndefined() && !calendarValue.isObject())
        read.fail(QStringLiteral("calendar"), QStringLiteral("must be an object"));
    const QJsonObject calendar = calendarValue.toObject();
    const QString base = calendar.value(QStringLiteral("base")).toString(QStringLiteral("ru"));
    if (base == QLatin1String("ru"))
        plan.calendar = russianProductionCalendar(kBaseCalendarFirstYear, kBaseCalendarLastYear);
    else if (base != QLatin1String("none"))
        read.fail(QStringLiteral("calendar"), QStringLiteral("base must be ru or none"));
    const QString where = QStringLiteral("calendar");
    for (const auto &[key, set] : {std::pair{"holidays", &plan.calendar.holidays},
                                   {"days_off", &plan.calendar.daysOff},
                                   {"short_days", &plan.calendar.shortDays},
                                   {"working_days", &plan.calendar.workingDays}}) {
        const std::set<Date> listed = read.dateList(calendar, key, where);
        set->insert(listed.begin(), listed.end());
    }
    number = 0;
    for (const QJsonValue &value : read.objects(root, "absences")) {
        const QJsonObject o = value.toObject();
        const QString where = place("absence", ++number);
        Absence absence;
        absence.employeeId = read.string(o, "employee_id", where);
        absence.from = read.date(o.value(QStringLiteral("from")), where, "from");
        absence.to = read.date(o.value(QStringLiteral("to")), where, "to");
        absence.code = read.string(o, "code", where);
        plan.absences.push_back(std::move(absence));
    }
    if (read.failed())
        return std::nullopt;
    const std::vector<std::string> problems = workPlanProblems(plan);
    if (!problems.empty()) {
        *error = QString::fromStdString(problems.front());
        if (problems.size() > 1)
            *error += QStringLiteral(" (and %1 more)").arg(problems.size() - 1);
        return std::nullopt;
    }
    return plan;
}

std::optional<WorkPlan> readWorkPlanFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the plan %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A plan is small; anything past a few megabytes is not one.
    constexpr qint64 kMaxPlanBytes = 64 * 1024 * 1024;
    const QByteArray json = file.read(kMaxPlanBytes + 1);
    if (json.size() > kMaxPlanBytes) {
        *error = QStringLiteral("the plan %1 is larger than 64 MB").arg(path);
        return std::nullopt;
    }
    QString problem;
    std::optional<WorkPlan> plan = workPlanFromJson(json, &problem);
    if (!plan)
        *error = QStringLiteral("the plan %1: %2").arg(path, problem);
    return plan;
}

} // namespace attlog::db
