// SPDX-License-Identifier: MIT
#include "ui/connection/connectiontestpanel.h"

#include "ui/common/eventformat.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace attlog::ui {

ConnectionTestPanel::ConnectionTestPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *left = new QVBoxLayout;
    m_button = new QPushButton(tr("Test connection"), this);
    m_button->setObjectName(QStringLiteral("testConnection"));
    m_button->setToolTip(tr("Connects, checks the table and its columns, and reads the row "
                            "count, key range and newest event. Nothing is written."));
    // Wide enough for both captions, so that the layout does not jump while testing.
    m_button->setText(tr("Testing…"));
    const int testingWidth = m_button->sizeHint().width();
    m_button->setText(tr("Test connection"));
    m_button->setMinimumWidth(qMax(testingWidth, m_button->sizeHint().width()));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_button->sizeHint().height() / 3);
    m_busy->setVisible(false);
    left->addWidget(m_button);
    left->addWidget(m_busy);
    left->addStretch(1);
    layout->addLayout(left);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_result->setTextFormat(Qt::PlainText);
    layout->addWidget(m_result, 1);

    connect(m_button, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);
}

void ConnectionTestPanel::start(const db::ConnectionProfile &profile)
{
    const quint64 generation = ++m_generation;
    setRunning(true);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting…"));
    auto *watcher = new QFutureWatcher<db::ConnectionTestResult>(this);
    connect(watcher, &QFutureWatcher<db::ConnectionTestResult>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // another profile is shown, or a newer test started
                const db::ConnectionTestResult result = watcher->result();
                setRunning(false);
                showResult(describe(result), result.ok);
                if (!result.columns.isEmpty())
                    emit columnsRead(result.columns);
                emit finished(result.ok);
            });
    // The profile is copied into the task: nothing on the worker refers to GUI objects.
    watcher->setFuture(QtConcurrent::run([profile] { return db::testConnection(profile); }));
}

void ConnectionTestPanel::showProblem(const QString &message)
{
    ++m_generation;
    setRunning(false);
    showResult(message, false);
}

void ConnectionTestPanel::invalidate()
{
    ++m_generation;
    setRunning(false);
    m_result->clear();
    m_result->setStyleSheet(QString());
}

QString ConnectionTestPanel::resultText() const
{
    return m_result->text();
}

QString ConnectionTestPanel::describe(const db::ConnectionTestResult &result)
{
    if (!result.ok)
        return tr("Connection test failed: %1").arg(result.error);
    const db::TableSummary &s = result.summary;
    const QLocale locale;
    QStringList lines;
    lines << (s.server.isEmpty() ? tr("Connected.") : tr("Connected to %1.").arg(s.server));
    if (s.rowCount == 0) {
        lines << tr("Table %1: no rows yet.").arg(s.table);
    } else {
        QString table = tr("Table %1: %2 rows").arg(s.table, locale.toString(s.rowCount));
        if (s.minKey && s.maxKey)
            table +=
                tr(", keys %1 to %2").arg(locale.toString(*s.minKey), locale.toString(*s.maxKey));
        lines << table + QLatin1Char('.');
    }
    if (s.newestEvent) {
        const AccessEvent &e = *s.newestEvent;
        QStringList parts;
        parts << displayDateTime(e);
        const std::string &who = !e.person.empty()       ? e.person
                                 : !e.employeeId.empty() ? e.employeeId
                                                         : e.card;
        if (!who.empty())
            parts << qs(who);
        if (!e.door.empty())
            parts << qs(e.door);
        parts << directionText(e.direction);
        lines << tr("Newest event: %1.").arg(parts.join(QStringLiteral(", ")));
    }
    if (s.keyColumn.isEmpty())
        lines << tr("No key column (%1): Live follows new rows by their time (keyless mode). "
                    "Adding a key column makes it cheaper; see sql/README.md.")
                     .arg(s.keylessReason);
    else
        lines << tr("Live follows new rows by the key column %1.").arg(s.keyColumn);
    for (const QString &note : s.notes)
        lines << tr("Note: %1.").arg(note);
    return lines.join(QLatin1Char('\n'));
}

void ConnectionTestPanel::setRunning(bool running)
{
    m_running = running;
    m_button->setEnabled(!running);
    m_button->setText(running ? tr("Testing…") : tr("Test connection"));
    m_busy->setVisible(running);
}

void ConnectionTestPanel::showResult(const QString &text, bool ok)
{
    // Colour helps, but the words say it too ("failed", "Connected").
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #b71c1c;"));
    m_result->setText(text);
}

} // namespace attlog::ui
