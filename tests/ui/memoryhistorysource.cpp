// SPDX-License-Identifier: MIT
#include "tests/ui/memoryhistorysource.h"

#include <QTimer>

#include <algorithm>

namespace attlog::test {

namespace {

bool containsText(const std::string &value, const QString &text)
{
    return QString::fromStdString(value).contains(text, Qt::CaseInsensitive);
}

bool matches(const AccessEvent &event, const HistorySearch &search)
{
    if (search.from && (!event.time || *event.time < *search.from))
        return false;
    if (search.to && (!event.time || !(*event.time < *search.to)))
        return false;
    if (!search.doors.empty() &&
        std::find(search.doors.begin(), search.doors.end(), event.door) == search.doors.end())
        return false;
    const bool direction = (event.direction == Direction::In && search.in) ||
                           (event.direction == Direction::Out && search.out) ||
                           (event.direction == Direction::Unknown && search.unknown);
    if (!direction)
        return false;
    const QString text = QString::fromStdString(search.text);
    return text.isEmpty() || containsText(event.person, text) || containsText(event.card, text) ||
           containsText(event.employeeId, text);
}

} // namespace

MemoryHistorySource::MemoryHistorySource(QList<AccessEvent> events, QObject *parent)
    : db::HistorySource(parent)
    , m_events(std::move(events))
{}

void MemoryHistorySource::setDoorNames(const QStringList &doors)
{
    m_doors = doors;
    emit doorNamesChanged(doors);
}

void MemoryHistorySource::answer(std::function<void()> send)
{
    if (m_hold)
        m_held.push_back(std::move(send));
    else
        QTimer::singleShot(0, this, std::move(send));
}

void MemoryHistorySource::release()
{
    for (const auto &send : std::exchange(m_held, {}))
        send();
}

db::HistoryRequestId MemoryHistorySource::startHistory(const HistorySearch &search, int pageSize)
{
    const db::HistoryRequestId id(++m_lastId);
    ++m_searches;
    if (const QString failure = std::exchange(m_failure, QString()); !failure.isEmpty()) {
        answer([this, id, failure] { emit historyFailed(id, failure); });
        return id;
    }
    Search state;
    state.pageSize = pageSize;
    for (const AccessEvent &event : m_events) {
        if (matches(event, search))
            state.rows << event;
    }
    std::sort(state.rows.begin(), state.rows.end(), [](const AccessEvent &a, const AccessEvent &b) {
        return a.time->seconds != b.time->seconds ? a.time->seconds > b.time->seconds
                                                  : a.key > b.key;
    });
    const qint64 count = state.rows.size();
    m_open.insert(id.value(), state);
    answer([this, id] { sendPage(id); });
    answer([this, id, count] { emit historyCount(id, count, true); });
    return id;
}

void MemoryHistorySource::sendPage(db::HistoryRequestId id)
{
    // Like a late answer of a worker, a page is sent even when its search was superseded.
    Search &state = m_open[id.value()];
    const QList<AccessEvent> page = state.rows.mid(state.next, state.pageSize);
    state.next += page.size();
    emit historyPage(id, page, state.next >= state.rows.size());
}

void MemoryHistorySource::fetchHistoryPage(db::HistoryRequestId requestId)
{
    if (m_open.contains(requestId.value()))
        answer([this, requestId] { sendPage(requestId); });
}

void MemoryHistorySource::cancel(db::HistoryRequestId requestId)
{
    m_cancelled << requestId;
}

db::ExportRequestId MemoryHistorySource::startExport(const db::HistoryExportRequest &request)
{
    const db::ExportRequestId id(++m_lastId);
    m_exports << request;
    const qint64 rows =
        std::count_if(m_events.cbegin(), m_events.cend(),
                      [&](const AccessEvent &event) { return matches(event, request.search); });
    answer([this, id, rows, path = request.options.path] { emit exportFinished(id, rows, path); });
    return id;
}

void MemoryHistorySource::cancel(db::ExportRequestId requestId)
{
    answer(
        [this, requestId] { emit exportFailed(requestId, QStringLiteral("Export cancelled.")); });
}

} // namespace attlog::test
