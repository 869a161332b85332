// SPDX-License-Identifier: MIT
#pragma once

#include "core/sql/columnmapping.h"
#include "core/sql/dialect.h"

#include <QString>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLineEdit;

namespace attlog::ui {

// The source table and its columns: the (optionally schema-qualified) table name, and for each
// logical field the column holding it or "(absent)". The live key is the first row. Names are
// checked by the dialog (validateTableConfig()), not here. GUI thread only.
class ColumnMappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingEditor)

public:
    explicit ColumnMappingEditor(QWidget *parent = nullptr);

    // The placeholder of the table field shows the default for the dialect; nullopt (a DSN or a
    // typed connection string) shows both defaults.
    void setDialect(std::optional<sql::Dialect> dialect);

    void setTable(const QString &table);
    QString table() const;
    void setMapping(const sql::ColumnMapping &mapping);
    sql::ColumnMapping mapping() const;

    // Offers the table's real columns in every combo and fits the mapping to them: a column
    // that differs only in letter case takes the server's spelling; a field whose column is
    // not there takes the column its name has at real sites (sql::guessMapping), if any.
    void fitToColumns(const QStringList &columns);

    // The text that stands for "not mapped" in the column combos.
    static QString absentText();

signals:
    void changed();

private:
    QLineEdit *m_table = nullptr;
    std::array<QComboBox *, sql::kFieldCount> m_columns{};
    bool m_loading = false;
};

} // namespace attlog::ui
