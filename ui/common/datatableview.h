// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace attlog::ui {

// The table view every tab uses: fixed row height (fast with millions of rows), a column chooser
// on the header's context menu, column order/widths/visibility remembered under `settingsKey`,
// Ctrl+C copying the selection as TSV, and a frame in the highlight colour while it has the
// keyboard focus (an empty table shows no current cell). GUI thread only.
class DataTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataTableView)

public:
    // settingsKey: QSettings group for the header state, e.g. "live/table"; empty = not remembered.
    explicit DataTableView(const QString &settingsKey, QWidget *parent = nullptr);
    ~DataTableView() override;

    // Restores the saved header state; call after setModel().
    void restoreHeaderState();
    void saveHeaderState() const;

    // The selected rows as tab-separated lines (a header line, then the visible columns in view
    // order); tabs and line breaks inside cells become spaces.
    QString selectionAsTsv() const;

    // True when the vertical scroll bar is at (or within a row of) the bottom.
    bool isAtBottom() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    // A new text size (View → Text size): rows and columns grow or shrink with the text.
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);

    QString m_settingsKey;
    int m_digitWidth = 0; // of the font the column widths were made for
};

} // namespace attlog::ui
