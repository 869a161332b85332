// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>

#include <spdlog/common.h>

namespace spdlog {
class logger;
}

namespace attlog::log {

// Named loggers, one per subsystem. Before initLogging() (and in tests) they write to a null
// sink, so library code can always log. Thread-safe (spdlog's _mt sinks).
std::shared_ptr<spdlog::logger> db();
std::shared_ptr<spdlog::logger> ui();
std::shared_ptr<spdlog::logger> exporter();
std::shared_ptr<spdlog::logger> app();

struct LoggingOptions
{
    // Folder of the rotating file `log.txt` (5 MB x 5); empty = no file.
    QString directory;
    spdlog::level::level_enum level = spdlog::level::info;
    bool console = true;
};

// Called once at the start of each executable's main(): sets up the shared rotating file sink and
// the console sink (stderr) for every named logger, flushes on warnings, and routes Qt's own
// messages (qDebug/qWarning/...) into the `app` logger. Returns false with a message when the log
// folder cannot be created (logging then continues to the console only).
bool initLogging(const LoggingOptions &options, QString *error = nullptr);

// Parses "trace|debug|info|warn|error|critical|off"; nullopt-like false on anything else.
bool parseLevel(const QString &text, spdlog::level::level_enum *level);

// The per-user log folder: <AppDataLocation>/logs.
QString defaultLogDirectory();

// Hides secrets in an ODBC connection string before it is logged or shown: the values of PWD,
// Password and similar keys become "***", including braced values that contain ';'.
QString redactConnectionString(const QString &connectionString);

} // namespace attlog::log
