// SPDX-License-Identifier: MIT
#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QSortFilterProxyModel>

namespace attlog::ui {

// A sort proxy for report tables: text is ordered the way the user's language orders it
// (QCollator for QLocale(): Ё among the Е names, Ukrainian and Kazakh letters in their places,
// case ignored), not by code points; other values (times, minutes, counts from kSortRole) compare
// as numbers. Sorting is stable, so rows equal in the sorted column keep the source order.
// Sort keys are cached per distinct text (names repeat on every day row). GUI thread only.
class CollatingSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollatingSortProxy)

public:
    explicit CollatingSortProxy(QObject *parent = nullptr);

    // Orders two texts as the proxy does.
    bool textLess(const QString &left, const QString &right) const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QCollatorSortKey &keyOf(const QString &text) const;

    QCollator m_collator;
    mutable QHash<QString, QCollatorSortKey> m_keys;
};

} // namespace attlog::ui
