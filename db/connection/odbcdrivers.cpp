// SPDX-License-Identifier: MIT
#include "db/connection/odbcdrivers.h"

#ifdef _WIN32
#include <windows.h>
#endif
#include <sql.h>
#include <sqlext.h>

#include <array>

namespace attlog::db {

QStringList installedOdbcDrivers()
{
    QStringList drivers;
    SQLHENV env = SQL_NULL_HENV;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env)))
        return drivers;
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);

    // The wide-character API: driver names may be localised.
    std::array<SQLWCHAR, 512> description{};
    std::array<SQLWCHAR, 2048> attributes{};
    SQLSMALLINT descriptionLength = 0;
    SQLSMALLINT attributesLength = 0;
    SQLUSMALLINT direction = SQL_FETCH_FIRST;
    while (SQL_SUCCEEDED(SQLDriversW(
        env, direction, description.data(), static_cast<SQLSMALLINT>(description.size()),
        &descriptionLength, attributes.data(), static_cast<SQLSMALLINT>(attributes.size()),
        &attributesLength))) {
        direction = SQL_FETCH_NEXT;
        QString name;
        if constexpr (sizeof(SQLWCHAR) == sizeof(char16_t))
            name = QString::fromUtf16(reinterpret_cast<const char16_t *>(description.data()));
        else
            name = QString::fromUcs4(reinterpret_cast<const char32_t *>(description.data()));
        if (!name.isEmpty())
            drivers << name;
    }
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    drivers.removeDuplicates();
    drivers.sort(Qt::CaseInsensitive);
    return drivers;
}

} // namespace attlog::db
