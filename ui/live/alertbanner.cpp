// SPDX-License-Identifier: MIT
#include "ui/live/alertbanner.h"

#include "ui/common/appearance.h"
#include "ui/common/eventformat.h"
#include "ui/live/alertcenter.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attlog::ui {

AlertBanner::AlertBanner(AlertCenter *center, QWidget *parent)
    : QFrame(parent)
    , m_center(center)
{
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    auto *texts = new QVBoxLayout;
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("alertText"));
    m_text->setWordWrap(true);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("alertMore"));
    texts->addWidget(m_text);
    texts->addWidget(m_more);
    layout->addLayout(texts, 1);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), this);
    m_acknowledge->setObjectName(QStringLiteral("alertAcknowledge"));
    m_acknowledge->setToolTip(tr("Acknowledge this alert (Enter, Space or Ctrl+Enter)"));
    m_acknowledgeAll = new QPushButton(tr("Acknowledge a&ll"), this);
    m_acknowledgeAll->setObjectName(QStringLiteral("alertAcknowledgeAll"));
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_acknowledgeAll);
    connect(m_acknowledge, &QPushButton::clicked, m_center, &AlertCenter::acknowledge);
    connect(m_acknowledgeAll, &QPushButton::clicked, m_center, &AlertCenter::acknowledgeAll);
    connect(m_center, &AlertCenter::changed, this, &AlertBanner::update);
    setAccessibleName(tr("Alert"));
    applyFonts();
    connect(appearanceSignals(), &AppearanceSignals::changed, this, &AlertBanner::applyFonts);
    update();
}

void AlertBanner::applyFonts()
{
    QFont big = QApplication::font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_text->setFont(big);
}

QString AlertBanner::text() const
{
    return m_text->text();
}

void AlertBanner::update()
{
    const auto &pending = m_center->pending();
    if (pending.empty()) {
        hide();
        return;
    }
    const ShownAlert &shown = pending.front();
    const AccessEvent &e = shown.event;
    const QString who = !e.person.empty()       ? qs(e.person)
                        : !e.employeeId.empty() ? qs(e.employeeId)
                        : !e.card.empty()       ? tr("card %1").arg(qs(e.card))
                                                : tr("unknown person");
    QString line =
        tr("⚠ %1: %2 — %3, %4, %5")
            .arg(shown.rule, who, qs(e.door.empty() ? e.device : e.door),
                 directionText(e.direction), e.time ? displayTime(*e.time) : tr("no time"));
    if (shown.late)
        line += tr(" (late: replayed after an outage)");
    m_text->setText(line);
    m_more->setText(pending.size() > 1
                        ? tr("%n more alert(s) waiting", nullptr, int(pending.size() - 1))
                        : QString());
    m_acknowledgeAll->setVisible(pending.size() > 1);
    // Red for an alert, amber for a late one; the words say it too.
    QPalette p = palette();
    p.setColor(QPalette::Window, shown.late ? QColor(0xFF, 0xC1, 0x07) : QColor(0xC6, 0x28, 0x28));
    p.setColor(QPalette::WindowText, shown.late ? Qt::black : Qt::white);
    setPalette(p);
    m_text->setPalette(p);
    m_more->setPalette(p);
    setAccessibleDescription(line);
    const bool wasHidden = isHidden();
    show();
    if (wasHidden)
        m_acknowledge->setFocus(Qt::OtherFocusReason);
}

} // namespace attlog::ui
