// SPDX-License-Identifier: MIT
#include "db/plan/t13order.h"

#include <QCollator>
#include <QLocale>
#include <QString>

#include <algorithm>

namespace attlog::db {

void sortT13People(T13Sheet *sheet)
{
    QCollator collator{QLocale(QLocale::Russian, QLocale::Russia)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(sheet->people.begin(), sheet->people.end(),
                     [&collator](const T13Person &a, const T13Person &b) {
                         const int byName = collator.compare(QString::fromStdString(a.name),
                                                             QString::fromStdString(b.name));
                         if (byName != 0)
                             return byName < 0;
                         return collator.compare(QString::fromStdString(a.number),
                                                 QString::fromStdString(b.number)) < 0;
                     });
}

} // namespace attlog::db
