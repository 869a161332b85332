// SPDX-License-Identifier: MIT
#pragma once
// What the console tool's tests share: running the real `attlog` as a script does, an isolated
// home for its settings, and a SQLite table in the iVMS schema written by the test.
#include "db/connection/connectionprofile.h"
#include "tests/db/support/testbackend.h"
#include "tests/db/support/waitfor.h"

#include "tests/support/catch.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <map>
#ifndef _WIN32
#include <signal.h>
#include <sys/types.h>
#endif

namespace attlog::clitest {

// Ends `process` as Ctrl+C (SIGINT) or a service manager (SIGTERM) would, and waits for it.
// Returns whether the exit can be checked: Windows has no way to send a console control event to
// one child process alone, so there the test stops it with kill() and checks only its output.
inline bool interrupt(QProcess &process, [[maybe_unused]] int signal)
{
#ifdef _WIN32
    process.kill();
    REQUIRE(process.waitForFinished(10000));
    return false;
#else
    ::kill(pid_t(process.processId()), signal);
    REQUIRE(process.waitForFinished(10000));
    return true;
#endif
}

// What a console program printed, with Windows' CRLF line ends (the C runtime's text mode for
// `check` and `tail` there) read as LF, so one expectation holds on every platform.
inline QString textOf(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
#ifdef _WIN32
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#endif
    return text;
}

struct Run
{
    int exitCode = -1;
    QByteArray rawOut; // byte for byte, for commands whose output keeps line ends as read
    QString out;
    QString err;
};

// A process environment whose settings and credential store are private to the test.
inline QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/attlog-test-bus"));
    env.remove(QStringLiteral("ATTLOG_PASSWORD"));
    return env;
}

inline Run runAttlog(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATTLOG_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(60000));
    Run run;
    run.exitCode = process.exitCode();
    run.rawOut = process.readAllStandardOutput();
    run.out = textOf(run.rawOut);
    run.err = textOf(process.readAllStandardError());
    // Until app/cli/main.cpp dispatches a command, attlog answers "unknown command".
    INFO(run.err.toStdString());
    REQUIRE_FALSE(run.err.contains(QStringLiteral("unknown command")));
    return run;
}

// A small iVMS table in a SQLite file, written through QSQLITE.
class SqliteTable
{
public:
    explicit SqliteTable(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-writer"));
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral(
            "CREATE TABLE attlog (serialNo INTEGER, authDateTime TEXT, authDate TEXT, "
            "authTime TEXT, direction TEXT, deviceName TEXT, deviceSN TEXT, personName TEXT, "
            "employeeID TEXT, cardNo TEXT, doorName TEXT, readerName TEXT)"));
    }
    ~SqliteTable()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cli-writer"));
    }
    void exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }
    void insert(qint64 key, const QString &time, const QString &direction, const QString &person,
                const QString &door)
    {
        QSqlQuery query(m_db);
        REQUIRE(query.prepare(QStringLiteral(
            "INSERT INTO attlog (serialNo, authDateTime, direction, deviceName, personName, "
            "employeeID, cardNo, doorName, readerName) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        query.addBindValue(key);
        query.addBindValue(time);
        query.addBindValue(direction);
        query.addBindValue(QStringLiteral("Турникет 1"));
        query.addBindValue(person);
        query.addBindValue(QStringLiteral("E%1").arg(key));
        query.addBindValue(QStringLiteral("C%1").arg(key));
        query.addBindValue(door.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : door);
        query.addBindValue(QStringLiteral("Reader\t%1").arg(key));
        REQUIRE(query.exec());
    }

private:
    QSqlDatabase m_db;
};

// The connection string without its password (given through ATTLOG_PASSWORD).
inline QString connectionOf(const dbtest::Backend &backend, QProcessEnvironment *env)
{
    QString password;
    const QString connection =
        db::takePasswordFromConnectionString(backend.connectionString, &password);
    env->insert(QStringLiteral("ATTLOG_PASSWORD"), password);
    return connection;
}

// A running `attlog tail`, its lines collected.
class Tail
{
public:
    Tail(const QStringList &args, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        const QStringList arguments = QStringList{QStringLiteral("tail")} + args;
        m_process.start(QStringLiteral(ATTLOG_CLI_PATH), arguments);
        if (!m_process.waitForStarted()) {
            // Under Wine a process start now and then fails at once (CreateProcess, not attlog:
            // the same program started a moment before); one more try, and the reason if not.
            WARN("attlog tail did not start: " << m_process.errorString().toStdString());
            m_process.start(QStringLiteral(ATTLOG_CLI_PATH), arguments);
        }
        INFO(m_process.errorString().toStdString());
        REQUIRE(m_process.waitForStarted());
    }
    ~Tail()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    const QStringList &lines()
    {
        while (m_process.canReadLine())
            m_lines << textOf(m_process.readLine()).chopped(1);
        return m_lines;
    }
    bool waitForLines(qsizetype count, std::chrono::milliseconds timeout = std::chrono::seconds(30))
    {
        return dbtest::waitFor([&] { return lines().size() >= count; }, timeout);
    }
    // How many lines name each person (the 4th TSV column).
    std::map<QString, int> perPerson()
    {
        std::map<QString, int> out;
        for (const QString &line : lines().mid(1))
            ++out[line.section(QLatin1Char('\t'), 3, 3)];
        return out;
    }
    // Everything written to stderr so far.
    const QString &errors()
    {
        m_errors += textOf(m_process.readAllStandardError());
        return m_errors;
    }

private:
    QProcess m_process;
    QStringList m_lines;
    QString m_errors;
};

} // namespace attlog::clitest
