// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/dialect.h"
#include "core/sql/field.h"
#include "db/query/rowcursor.h"

#include <QSqlQuery>

#include <vector>

namespace attlog::db {

// A RowCursor over an executed QSqlQuery (see execStatement()); rows are read with readRawRow().
// Takes the query over and finish()es it when destroyed.
class QtRowCursor final : public RowCursor
{
public:
    QtRowCursor(QSqlQuery query, std::vector<sql::Field> fields, sql::Dialect dialect);
    ~QtRowCursor() override;

    bool next() override;
    void read(RawRow &row) override;
    QString errorString() const override;

private:
    QSqlQuery m_query;
    std::vector<sql::Field> m_fields;
    sql::Dialect m_dialect;
};

} // namespace attlog::db
