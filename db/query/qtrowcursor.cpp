// SPDX-License-Identifier: MIT
#include "db/query/qtrowcursor.h"

#include "db/query/queryexecution.h"

#include <QSqlError>

namespace attlog::db {

QtRowCursor::QtRowCursor(QSqlQuery query, std::vector<sql::Field> fields, sql::Dialect dialect)
    : m_query(std::move(query))
    , m_fields(std::move(fields))
    , m_dialect(dialect)
{}

QtRowCursor::~QtRowCursor()
{
    m_query.finish();
}

bool QtRowCursor::next()
{
    return m_query.next();
}

void QtRowCursor::read(RawRow &row)
{
    RawRow fresh = readRawRow(m_query, m_fields, m_dialect);
    row.key = fresh.key;
    for (const sql::Field field : m_fields) {
        if (field == sql::Field::AuthDateTime)
            row.authDateTime = std::move(fresh.authDateTime);
        else if (auto *text = row.textField(field))
            *text = std::move(*fresh.textField(field));
    }
}

QString QtRowCursor::errorString() const
{
    const QSqlError error = m_query.lastError();
    return error.isValid() ? error.text() : QString();
}

} // namespace attlog::db
