// SPDX-License-Identifier: MIT
#include "db/connection/connectiontest.h"

#include "core/sql/querybuilder.h"
#include "db/connection/databaseconnection.h"
#include "db/connection/tablebinding.h"

namespace attlog::db {

ConnectionTestResult testConnection(const ConnectionProfile &profile, int loginTimeoutSeconds)
{
    ConnectionTestResult result;
    DatabaseConnection connection(QStringLiteral("check"));
    if (!connection.open(profile, loginTimeoutSeconds)) {
        result.error = QStringLiteral("cannot connect: %1").arg(connection.errorString());
        return result;
    }
    const auto binding = bindTable(connection, profile, &result.error, nullptr, &result.columns);
    if (!binding)
        return result;
    TableInspector inspector(connection, binding->builder);
    auto summary = inspector.summarize();
    if (!summary) {
        result.error = inspector.errorString();
        return result;
    }
    describeBinding(binding->resolution, binding->builder.dialect(), &*summary);
    result.ok = true;
    result.summary = *summary;
    return result;
}

} // namespace attlog::db
