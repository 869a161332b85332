// SPDX-License-Identifier: MIT
#include "ui/live/livetab.h"

#include "ui/common/appearance.h"
#include "ui/common/datatableview.h"
#include "ui/common/eventcolumns.h"
#include "ui/common/eventformat.h"
#include "ui/common/modelexporter.h"
#include "ui/live/alertbanner.h"
#include "ui/live/lastpasspanel.h"
#include "ui/live/liveeventmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace attlog::ui {

LiveTab::LiveTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new LiveEventModel(
          QSettings()
              .value(QStringLiteral("live/capacity"), LiveEventModel::kDefaultCapacity)
              .toInt(),
          this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new DataTableView(QStringLiteral("live/table"), this))
    , m_lastPass(new LastPassPanel(this))
    , m_doorFilter(new QComboBox(this))
    , m_pauseButton(new QToolButton(this))
    , m_heldLabel(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(int(EventColumn::Door));
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("liveTable"));
    m_view->setAccessibleName(tr("Newest passes"));
    m_doorFilter->setAccessibleName(tr("Door"));
    for (int c = 0; c < kEventColumnCount; ++c)
        m_view->horizontalHeader()->resizeSection(
            c, int(defaultEventColumnWidth(EventColumn(c)) * fontScale()));
    m_view->restoreHeaderState();

    m_doorFilter->addItem(tr("All doors"));
    m_doorFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_doorFilter->setToolTip(tr("Show only the passes through one door (Live only)"));
    connect(m_doorFilter, &QComboBox::currentIndexChanged, this, &LiveTab::applyDoorFilter);

    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pauseButton->setShortcut(QKeySequence(Qt::Key_Pause));
    connect(m_pauseButton, &QToolButton::toggled, this, &LiveTab::setPaused);
    updatePauseText();

    auto *bar = new QHBoxLayout;
    m_doorLabel = new QLabel(tr("Door:"), this);
    bar->addWidget(m_doorLabel);
    bar->addWidget(m_doorFilter);
    bar->addStretch(1);
    bar->addWidget(m_heldLabel);
    bar->addWidget(m_pauseButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lastPass);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void LiveTab::exportTable()
{
    exportViewInteractively(this, m_view, tr("Export Live"), QStringLiteral("live"));
}

void LiveTab::showAlertsFrom(AlertCenter *center)
{
    if (m_banner)
        return;
    m_banner = new AlertBanner(center, this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_banner);
}

bool LiveTab::isReady() const
{
    return m_model->rowCount() > 0 || m_feedSettled;
}

void LiveTab::setFeedSettled()
{
    m_feedSettled = true;
}

bool LiveTab::isPaused() const
{
    return m_pauseButton->isChecked();
}

void LiveTab::addEvents(const QList<AccessEvent> &events)
{
    if (events.isEmpty())
        return;
    m_lastPass->showEvent(events.constLast());
    if (isPaused()) {
        m_held += events;
        updatePauseText();
        return;
    }
    appendToModel(events, true);
}

void LiveTab::addInitialEvents(const QList<AccessEvent> &events)
{
    if (events.isEmpty())
        return;
    m_lastPass->showEvent(events.constLast());
    appendToModel(events, false);
}

void LiveTab::appendToModel(const QList<AccessEvent> &events, bool highlight)
{
    const bool follow = m_view->isAtBottom();
    for (const AccessEvent &e : events) {
        const QString door = qs(e.door);
        if (!door.isEmpty() && !m_doors.contains(door)) {
            m_doors.insert(door);
            // Keep the list sorted after "All doors".
            int at = 1;
            while (at < m_doorFilter->count() &&
                   QString::localeAwareCompare(m_doorFilter->itemText(at), door) < 0)
                ++at;
            m_doorFilter->insertItem(at, door, door);
        }
    }
    m_model->appendBatch(events, highlight);
    if (follow)
        m_view->scrollToBottom();
    emit eventsShown(m_model->rowCount());
}

void LiveTab::setPaused(bool paused)
{
    if (m_pauseButton->isChecked() != paused)
        m_pauseButton->setChecked(paused); // re-enters through toggled()
    if (!paused && !m_held.isEmpty()) {
        const QList<AccessEvent> held = std::exchange(m_held, {});
        appendToModel(held, true);
    }
    updatePauseText();
}

void LiveTab::clear()
{
    m_model->clear();
    m_feedSettled = false;
    m_held.clear();
    m_lastPass->clear();
    updatePauseText();
}

void LiveTab::setDoors(const QStringList &doors)
{
    m_fixedDoors = doors;
    m_doorFilter->setVisible(doors.isEmpty());
    m_doorLabel->setText(doors.isEmpty() ? tr("Door:")
                                         : tr("Doors: %1").arg(doors.join(QStringLiteral(", "))));
    applyDoorFilter();
}

void LiveTab::applyDoorFilter()
{
    if (!m_fixedDoors.isEmpty()) {
        QStringList patterns;
        for (const QString &door : m_fixedDoors)
            patterns << QRegularExpression::escape(door);
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::anchoredPattern(patterns.join(QLatin1Char('|')))));
        m_view->scrollToBottom();
        return;
    }
    const QString door = m_doorFilter->currentData().toString();
    if (door.isEmpty())
        m_proxy->setFilterRegularExpression(QRegularExpression());
    else
        m_proxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::anchoredPattern(QRegularExpression::escape(door))));
    m_view->scrollToBottom();
}

void LiveTab::updatePauseText()
{
    m_pauseButton->setText(isPaused() ? tr("Resume") : tr("Pause"));
    m_pauseButton->setIcon(
        style()->standardIcon(isPaused() ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_heldLabel->setText(
        m_held.isEmpty() ? QString()
                         : tr("%n new pass(es) held while paused", nullptr, int(m_held.size())));
}

} // namespace attlog::ui
