// SPDX-License-Identifier: MIT
#include "ui/worktime/passesdialog.h"

#include "ui/common/eventformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attlog::ui {

PassesDialog::PassesDialog(const QString &title, const std::vector<AccessEvent> &passes,
                           QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(passes.size()), 4, this))
{
    setWindowTitle(tr("Passes behind the figures"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Direction"), tr("Door"), tr("Card")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < int(passes.size()); ++row) {
        const AccessEvent &pass = passes[std::size_t(row)];
        auto *direction =
            new QTableWidgetItem(directionIcon(pass.direction), directionText(pass.direction));
        m_table->setItem(row, 0, new QTableWidgetItem(displayDateTime(pass)));
        m_table->setItem(row, 1, direction);
        m_table->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(pass.door)));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(pass.card)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *heading = new QLabel(title, this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *count = new QLabel(passes.empty() ? tr("No passes: the figures come from the plan alone.")
                                            : tr("%n pass(es)", nullptr, int(passes.size())),
                             this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    resize(560, 360);
}

} // namespace attlog::ui
