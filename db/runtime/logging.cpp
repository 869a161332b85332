// SPDX-License-Identifier: MIT
#include "db/runtime/logging.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <mutex>

namespace attlog::log {

namespace {

constexpr std::array<const char *, 4> kLoggerNames{"db", "ui", "export", "app"};

std::mutex s_mutex;

std::shared_ptr<spdlog::logger> named(const char *name)
{
    std::lock_guard lock(s_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger =
        std::make_shared<spdlog::logger>(name, std::make_shared<spdlog::sinks::null_sink_mt>());
    spdlog::register_logger(logger);
    return logger;
}

void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    auto logger = app();
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->critical("[{}] {}", category, text);
        logger->flush();
        break;
    }
}

} // namespace

std::shared_ptr<spdlog::logger> db()
{
    return named("db");
}
std::shared_ptr<spdlog::logger> ui()
{
    return named("ui");
}
std::shared_ptr<spdlog::logger> exporter()
{
    return named("export");
}
std::shared_ptr<spdlog::logger> app()
{
    return named("app");
}

bool initLogging(const LoggingOptions &options, QString *error)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (options.console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    bool ok = true;
    if (!options.directory.isEmpty()) {
        if (QDir().mkpath(options.directory)) {
            const QString file = QDir(options.directory).filePath(QStringLiteral("log.txt"));
            try {
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    file.toStdString(), 5 * 1024 * 1024, 5));
            } catch (const spdlog::spdlog_ex &ex) {
                ok = false;
                if (error)
                    *error = QString::fromStdString(ex.what());
            }
        } else {
            ok = false;
            if (error)
                *error = QStringLiteral("cannot create the log folder %1").arg(options.directory);
        }
    }
    {
        std::lock_guard lock(s_mutex);
        for (const char *name : kLoggerNames) {
            spdlog::drop(name);
            auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
            logger->set_level(options.level);
            logger->flush_on(spdlog::level::warn);
            logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %-6n %^%l%$ [%t] %v");
            spdlog::register_logger(logger);
        }
    }
    qInstallMessageHandler(routeQtMessage);
    return ok;
}

bool parseLevel(const QString &text, spdlog::level::level_enum *level)
{
    const auto parsed = spdlog::level::from_str(text.toLower().toStdString());
    // from_str maps unknown names to `off`; accept `off` only when asked for.
    if (parsed == spdlog::level::off &&
        text.compare(QStringLiteral("off"), Qt::CaseInsensitive) != 0)
        return false;
    *level = parsed;
    return true;
}

QString defaultLogDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

QString redactConnectionString(const QString &connectionString)
{
    // key=value pairs; a value may be {braced; with ;semicolons}} (}} escapes a brace).
    static const QRegularExpression secret(
        QStringLiteral(
            R"(((?:^|;)\s*(?:PWD|Password|Pass|AccessToken|Authentication Key)\s*=\s*)(\{(?:[^}]|\}\})*\}|[^;]*))"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = connectionString;
    result.replace(secret, QStringLiteral("\\1***"));
    return result;
}

} // namespace attlog::log
