// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

namespace attlog::db {

// The id of one asynchronous request to the session, typed by what was asked for: a History id
// cannot be handed to the call that cancels an export. An id is valid (non-zero) once the
// session has issued it; a default-constructed id means "none".
template <typename Tag> class RequestId
{
public:
    constexpr RequestId() = default;
    constexpr explicit RequestId(quint64 value)
        : m_value(value)
    {}

    constexpr quint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value != 0; }
    constexpr explicit operator bool() const { return isValid(); }

    friend constexpr bool operator==(const RequestId &, const RequestId &) = default;
    friend size_t qHash(const RequestId &id, size_t seed = 0) noexcept
    {
        return ::qHash(id.m_value, seed);
    }

private:
    quint64 m_value = 0;
};

// A History search: its pages and its count.
using HistoryRequestId = RequestId<struct HistoryRequestTag>;
// A time range of events for a report (Who-Where, Worktime, attlog report).
using RangeRequestId = RequestId<struct RangeRequestTag>;
// A History export to a file.
using ExportRequestId = RequestId<struct ExportRequestTag>;

// Issues the ids of one session. The numbers are unique across kinds, so a log can name requests
// of different kinds side by side.
class RequestIdIssuer
{
public:
    template <typename Id> Id next() { return Id(++m_last); }

private:
    quint64 m_last = 0;
};

} // namespace attlog::db

Q_DECLARE_METATYPE(attlog::db::HistoryRequestId)
Q_DECLARE_METATYPE(attlog::db::RangeRequestId)
Q_DECLARE_METATYPE(attlog::db::ExportRequestId)
