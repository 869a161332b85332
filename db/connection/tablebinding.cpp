// SPDX-License-Identifier: MIT
#include "db/connection/tablebinding.h"

#include "db/connection/databaseconnection.h"
#include "db/connection/tableinspector.h"
#include "db/runtime/logging.h"

#include <spdlog/spdlog.h>

#include <string>
#include <vector>

namespace attlog::db {

namespace {

QString joined(const std::vector<std::string> &sentences)
{
    QStringList parts;
    for (const std::string &s : sentences)
        parts << QString::fromStdString(s);
    return parts.join(QStringLiteral("; "));
}

} // namespace

std::optional<TableBinding> bindTable(DatabaseConnection &connection,
                                      const ConnectionProfile &profile, QString *error,
                                      BindFailure *failure, QStringList *tableColumns)
{
    const auto fail = [&](BindFailure kind, const QString &message) {
        *error = message;
        if (failure)
            *failure = kind;
        return std::nullopt;
    };
    const sql::TableConfig wanted = profile.tableConfig(connection.dialect());
    std::string problem;
    if (!sql::QueryBuilder::create(wanted, &problem))
        return fail(BindFailure::Settings, QStringLiteral("the table settings are not usable: %1")
                                               .arg(QString::fromStdString(problem)));
    QString tableError;
    const auto columns = readTableColumns(connection, wanted.dialect, wanted.table, &tableError);
    if (!columns)
        return fail(BindFailure::Table, tableError);
    if (tableColumns)
        *tableColumns = *columns;

    std::vector<std::string> names;
    for (const QString &column : *columns)
        names.push_back(column.toStdString());
    sql::ColumnResolution resolution =
        sql::resolveColumns(wanted.columns, names, profile.keyColumnRequired);
    const QString table = QString::fromStdString(wanted.table);
    if (!resolution.usable()) {
        QStringList sorted = *columns;
        sorted.sort(Qt::CaseInsensitive);
        const QString message =
            QStringLiteral("table %1: %2; its columns are: %3")
                .arg(table, joined(resolution.errors), sorted.join(QStringLiteral(", ")));
        log::db()->error("{}", message.toStdString());
        return fail(BindFailure::Table, message);
    }
    for (const std::string &note : resolution.notes)
        log::db()->info("table {}: {}", wanted.table, note);

    sql::TableConfig fitted = wanted;
    fitted.columns = resolution.mapping;
    auto builder = sql::QueryBuilder::create(fitted, &problem);
    if (!builder)
        return fail(BindFailure::Settings, QStringLiteral("the table settings are not usable: %1")
                                               .arg(QString::fromStdString(problem)));
    return TableBinding{std::move(*builder), std::move(resolution)};
}

void describeBinding(const sql::ColumnResolution &resolution, sql::Dialect dialect,
                     TableSummary *summary)
{
    const auto &key = resolution.mapping.column(sql::Field::Key);
    summary->keyColumn = key ? QString::fromStdString(*key) : QString();
    summary->keylessReason = QString::fromStdString(resolution.keyReason);
    summary->addKeyScript =
        key ? QString() : QString::fromStdString(std::string{sql::addKeyScript(dialect)});
    summary->notes.clear();
    for (const std::string &note : resolution.notes)
        summary->notes << QString::fromStdString(note);
}

} // namespace attlog::db
