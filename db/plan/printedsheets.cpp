// SPDX-License-Identifier: MIT
#include "db/plan/printedsheets.h"

#include "core/export/stagedfile.h"
#include "db/qtconvert.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace attlog::db {

namespace {

std::string utf8(const QJsonValue &value)
{
    return value.toString().toStdString();
}

QJsonObject personToJson(const T13Person &person)
{
    QJsonArray days;
    for (const T13Day &day : person.days) {
        days.append(QJsonObject{{QStringLiteral("in_month"), day.inMonth},
                                {QStringLiteral("in_period"), day.inPeriod},
                                {QStringLiteral("codes"), qs(day.codes)},
                                {QStringLiteral("hours"), qs(day.hours)}});
    }
    QJsonArray absences;
    for (const auto &[code, count] : person.absences)
        absences.append(QJsonArray{qs(code), count});
    return QJsonObject{
        {QStringLiteral("number"), qs(person.number)},
        {QStringLiteral("name"), qs(person.name)},
        {QStringLiteral("days"), days},
        {QStringLiteral("half_days"), QJsonArray{person.halfDays[0], person.halfDays[1]}},
        {QStringLiteral("half_minutes"),
         QJsonArray{qint64(person.halfMinutes[0]), qint64(person.halfMinutes[1])}},
        {QStringLiteral("month_days"), person.monthDays},
        {QStringLiteral("month_minutes"), qint64(person.monthMinutes)},
        {QStringLiteral("absences"), absences}};
}

T13Person personFromJson(const QJsonObject &object)
{
    T13Person person;
    person.number = utf8(object.value(QStringLiteral("number")));
    person.name = utf8(object.value(QStringLiteral("name")));
    const QJsonArray days = object.value(QStringLiteral("days")).toArray();
    for (qsizetype i = 0; i < days.size() && i < qsizetype(person.days.size()); ++i) {
        const QJsonObject day = days.at(i).toObject();
        T13Day &target = person.days[std::size_t(i)];
        target.inMonth = day.value(QStringLiteral("in_month")).toBool();
        target.inPeriod = day.value(QStringLiteral("in_period")).toBool();
        target.codes = utf8(day.value(QStringLiteral("codes")));
        target.hours = utf8(day.value(QStringLiteral("hours")));
    }
    const QJsonArray halfDays = object.value(QStringLiteral("half_days")).toArray();
    const QJsonArray halfMinutes = object.value(QStringLiteral("half_minutes")).toArray();
    for (int half = 0; half < 2; ++half) {
        person.halfDays[std::size_t(half)] = halfDays.at(half).toInt();
        person.halfMinutes[std::size_t(half)] = halfMinutes.at(half).toInteger();
    }
    person.monthDays = object.value(QStringLiteral("month_days")).toInt();
    person.monthMinutes = object.value(QStringLiteral("month_minutes")).toInteger();
    for (const QJsonValue &absence : object.value(QStringLiteral("absences")).toArray()) {
        const QJsonArray pair = absence.toArray();
        person.absences.emplace_back(utf8(pair.at(0)), pair.at(1).toInt());
    }
    return person;
}

} // namespace

PrintedSheets::PrintedSheets(QString folder)
    : m_folder(std::move(folder))
{}

QString PrintedSheets::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("printed"));
}

QString PrintedSheets::pathOf(int year, int month) const
{
    return QDir(m_folder).filePath(QStringLiteral("t13-%1-%2.json")
                                       .arg(year, 4, 10, QLatin1Char('0'))
                                       .arg(month, 2, 10, QLatin1Char('0')));
}

bool PrintedSheets::record(const T13Sheet &sheet, const QDateTime &printedAt, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error =
            QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QJsonArray people;
    for (const T13Person &person : sheet.people)
        people.append(personToJson(person));
    const QJsonObject document{
        {QStringLiteral("year"), sheet.year},
        {QStringLiteral("month"), sheet.month},
        {QStringLiteral("from"), qs(formatIsoDate(sheet.from))},
        {QStringLiteral("to"), qs(formatIsoDate(sheet.to))},
        {QStringLiteral("printed_at"), printedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("people"), people}};
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
    std::string message;
    if (writeStagedFile(toPath(pathOf(sheet.year, sheet.month)),
                        std::string_view(json.constData(), std::size_t(json.size())), &message))
        return true;
    *error = qs(message);
    return false;
}

std::optional<PrintedSheets::Printed> PrintedSheets::find(int year, int month) const
{
    QFile file(pathOf(year, month));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Printed printed;
    printed.sheet.year = object.value(QStringLiteral("year")).toInt();
    printed.sheet.month = object.value(QStringLiteral("month")).toInt();
    const std::optional<Date> from = parseDate(utf8(object.value(QStringLiteral("from"))));
    const std::optional<Date> to = parseDate(utf8(object.value(QStringLiteral("to"))));
    printed.printedAt =
        QDateTime::fromString(object.value(QStringLiteral("printed_at")).toString(), Qt::ISODate);
    if (printed.sheet.year != year || printed.sheet.month != month || !from || !to ||
        !printed.printedAt.isValid())
        return std::nullopt;
    printed.sheet.from = *from;
    printed.sheet.to = *to;
    for (const QJsonValue &person : object.value(QStringLiteral("people")).toArray())
        printed.sheet.people.push_back(personFromJson(person.toObject()));
    return printed;
}

} // namespace attlog::db
