// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace attlog::ui {

// An HTML table (for QTextDocument printouts) of every row of a flat `model`, in model order,
// with the given columns (all when empty): the header from headerData(), the cells from the
// display text, background colour and alignment of each cell. The header row repeats on every
// printed page. GUI thread only.
QString modelTableHtml(const QAbstractItemModel &model, const QList<int> &columns = {});

} // namespace attlog::ui
