// SPDX-License-Identifier: MIT
#include "ui/reports/collatingsortproxy.h"

#include "ui/common/eventcolumns.h"

#include <QLocale>

namespace attlog::ui {

namespace {
// The cache is dropped when it grows past this many texts (a free-text column of a huge table).
constexpr qsizetype kMaxCachedKeys = 200000;
} // namespace

CollatingSortProxy::CollatingSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(kSortRole);
}

const QCollatorSortKey &CollatingSortProxy::keyOf(const QString &text) const
{
    auto it = m_keys.constFind(text);
    if (it == m_keys.cend()) {
        if (m_keys.size() >= kMaxCachedKeys)
            m_keys.clear();
        it = m_keys.insert(text, m_collator.sortKey(text));
    }
    return it.value();
}

bool CollatingSortProxy::textLess(const QString &left, const QString &right) const
{
    return keyOf(left).compare(keyOf(right)) < 0;
}

bool CollatingSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return textLess(a.toString(), b.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace attlog::ui
