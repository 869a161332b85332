// SPDX-License-Identifier: MIT
#include "ui/live/feedhealth.h"

#include "db/qtconvert.h"
#include "db/session/datasession.h"
#include "db/session/rangeload.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace attlog::ui {

namespace {

QString duration(qint64 seconds)
{
    if (seconds < 120)
        return FeedHealth::tr("%n s", nullptr, int(seconds));
    if (seconds < 2 * 3600)
        return FeedHealth::tr("%n min", nullptr, int(seconds / 60));
    return FeedHealth::tr("%n h", nullptr, int(std::min<qint64>(seconds / 3600, 1 << 30)));
}

} // namespace

FeedHealth::FeedHealth(QWidget *parent)
    : QLabel(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("feedHealth"));
    setAutoFillBackground(true);
    setMargin(2);
    // A long list of silent doors never widens the window: the label is cut at about 70
    // characters (or less where the window is narrow), the tooltip holds it all.
    setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &FeedHealth::evaluate);
    m_tick.start();
}

FeedHealth::~FeedHealth()
{
    if (m_load)
        m_load->cancel();
}

bool FeedHealth::event(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        setMaximumWidth(fontMetrics().averageCharWidth() * 70);
    return QLabel::event(event);
}

void FeedHealth::setSession(db::DataSession *session)
{
    m_session = session;
}

void FeedHealth::reset()
{
    ++m_generation;
    if (m_load)
        m_load.release()->deleteLater();
    m_learner.reset();
    m_model.reset();
    m_learnedAt = {};
    m_lastPass.clear();
    m_lastPoll = {};
    evaluate();
}

void FeedHealth::setModel(report::DoorActivityModel model)
{
    m_model = std::move(model);
    evaluate();
}

void FeedHealth::polled(const QDateTime &when)
{
    m_lastPoll = when;
    const QDateTime now = m_clock();
    if (m_session && !m_load &&
        (!m_learnedAt.isValid() || m_learnedAt.secsTo(now) > qint64(kRelearnHours) * 3600))
        learn();
    evaluate();
}

void FeedHealth::addEvents(const QList<AccessEvent> &events)
{
    for (const AccessEvent &event : events) {
        if (!event.time)
            continue;
        const std::string &door = event.door.empty() ? event.device : event.door;
        auto [it, inserted] = m_lastPass.try_emplace(door, *event.time);
        if (!inserted && it->second < *event.time)
            it->second = *event.time;
    }
}

void FeedHealth::learn()
{
    m_learnedAt = m_clock();
    const DateTime to = addSeconds(fromQDateTime(m_learnedAt), 1);
    const DateTime from = addSeconds(to, -std::int64_t(kLearnDays) * kSecondsPerDay);
    m_learner = std::make_unique<report::DoorActivityLearner>();
    m_load = std::make_unique<db::RangeLoad>(m_session, QStringLiteral("door-usage"));
    const quint64 generation = m_generation;
    connect(m_load.get(), &db::RangeLoad::batch, this, [this](const QList<AccessEvent> &events) {
        m_learner->add(
            std::span<const AccessEvent>(events.constData(), std::size_t(events.size())));
    });
    connect(m_load.get(), &db::RangeLoad::failed, this, [this] {
        // Tried again at the next poll after kRelearnHours; the poll age still shows.
        m_learner.reset();
        m_load.release()->deleteLater();
    });
    connect(m_load.get(), &db::RangeLoad::finished, this, [this, from, to, generation] {
        auto *watcher = new QFutureWatcher<report::DoorActivityModel>(this);
        connect(watcher, &QFutureWatcher<report::DoorActivityModel>::finished, this,
                [this, watcher, generation] {
                    watcher->deleteLater();
                    if (generation == m_generation)
                        setModel(watcher->result());
                });
        std::shared_ptr<report::DoorActivityLearner> learner(std::move(m_learner));
        watcher->setFuture(
            QtConcurrent::run([learner, from, to] { return learner->learn(from, to); }));
        m_load.release()->deleteLater();
    });
    m_load->start(from, to);
}

void FeedHealth::evaluate()
{
    const QDateTime now = m_clock();
    QString text;
    Level level = Level::Waiting;
    if (m_lastPoll.isValid()) {
        const qint64 age = std::max<qint64>(0, m_lastPoll.secsTo(now));
        if (age >= kRedSeconds) {
            level = Level::Red;
            text = tr("Live is not updating: no successful poll for %1").arg(duration(age));
        } else if (age >= kAmberSeconds) {
            level = Level::Amber;
            text = tr("No successful poll for %1").arg(duration(age));
        } else {
            level = Level::Ok;
            text = tr("Last poll: %1")
                       .arg(QLocale().toString(m_lastPoll.time(), QStringLiteral("HH:mm:ss")));
        }
    }
    m_silentText.clear();
    if (m_model) {
        QStringList doors;
        for (const report::SilentDoor &door :
             report::silentDoors(*m_model, m_lastPass, fromQDateTime(now))) {
            doors << tr("%1 (none for %2, usually every %3)")
                         .arg(qs(door.door), duration(door.silentSeconds),
                              duration(std::max<qint64>(door.usualGapSeconds, 60)));
            if (doors.size() == 3)
                break;
        }
        if (!doors.isEmpty()) {
            m_silentText = tr("Silent: %1").arg(doors.join(QStringLiteral("; ")));
            if (level == Level::Ok)
                level = Level::Amber;
        }
    }
    if (!m_silentText.isEmpty())
        text = text.isEmpty() ? m_silentText : text + QStringLiteral(" · ") + m_silentText;
    m_level = level;
    setText(text);
    setToolTip(text);
    QPalette p = palette();
    const QPalette base = QWidget::palette();
    switch (level) {
    case Level::Red:
        p.setColor(QPalette::Window, QColor(0xC6, 0x28, 0x28));
        p.setColor(QPalette::WindowText, Qt::white);
        break;
    case Level::Amber:
        p.setColor(QPalette::Window, QColor(0xFF, 0xC1, 0x07));
        p.setColor(QPalette::WindowText, Qt::black);
        break;
    case Level::Waiting:
    case Level::Ok:
        p = parentWidget() ? parentWidget()->palette() : base;
        break;
    }
    setPalette(p);
    setAccessibleName(tr("Live feed health"));
    setAccessibleDescription(text);
}

} // namespace attlog::ui
