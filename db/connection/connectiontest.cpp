// SPDX-License-Identifier: MIT
#include "db/connection/connectiontest.h"

#include "core/sql/querybuilder.h"
#include "db/connection/databaseconnection.h"

namespace attlog::db {

ConnectionTestResult testConnection(const ConnectionProfile &profile, int loginTimeoutSeconds)
{
    ConnectionTestResult result;
    DatabaseConnection connection(QStringLiteral("check"));
    if (!connection.open(profile, loginTimeoutSeconds)) {
        result.error = QStringLiteral("cannot connect: %1").arg(connection.errorString());
        return result;
    }
    std::string error;
    const auto builder =
        sql::QueryBuilder::create(profile.tableConfig(connection.dialect()), &error);
    if (!builder) {
        result.error = QStringLiteral("the table settings are not usable: %1")
                           .arg(QString::fromStdString(error));
        return result;
    }
    TableInspector inspector(connection, *builder);
    if (!inspector.validate()) {
        result.error = inspector.errorString();
        return result;
    }
    const auto summary = inspector.summarize();
    if (!summary) {
        result.error = inspector.errorString();
        return result;
    }
    result.ok = true;
    result.summary = *summary;
    return result;
}

} // namespace attlog::db
