// SPDX-License-Identifier: MIT
#pragma once

#include "core/demo/democonfig.h"

#include "tests/support/catch.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace attlog::demotest {

// A small demo that still holds every listed case (20 people over 10 days).
DemoConfig smallDemoConfig(std::uint64_t seed);

// Runs this thread's event loop until `done` returns true or `timeoutMs` pass; returns the last
// result of `done`. Queued signals from the writer thread are delivered meanwhile.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// A reader connection opened the way the viewer opens an SQLite file (read-only, busy timeout),
// removed again by its destructor.
class ReaderConnection
{
public:
    explicit ReaderConnection(const QString &path);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    QSqlDatabase database() const;
    bool isOpen() const;
    // The single value of a one-row, one-column query; an invalid QVariant on failure.
    QVariant scalar(const QString &statement) const;

private:
    QString m_name;
};

} // namespace attlog::demotest

// Readable Qt strings in Catch2 failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '{' + value.join(QStringLiteral(", ")).toStdString() + '}';
    }
};
} // namespace Catch
