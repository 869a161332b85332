// SPDX-License-Identifier: MIT
// attlog-viewer: the GUI. Parses arguments, sets up logging and translations, and wires the data
// layer to the main window.

#include "core/db/logging.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace {

// Loads the application's and Qt's own translations for `language` ("ru", "en"; empty = system).
void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("attlog"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("attlog"));
    QApplication::setApplicationName(QStringLiteral("attlog"));
    QApplication::setApplicationDisplayName(QStringLiteral("Access Log Viewer"));
    QApplication::setApplicationVersion(QStringLiteral(ATTLOG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Access Log Viewer for iVMS-4200"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Open the demo database (created on first use) "
                                               "with a simulated iVMS writer."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Wait until data is shown, save each tab as DIR/<tab>.png, and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Interface language: ru or en (default: system)."),
        QStringLiteral("ru|en"));
    const QCommandLineOption logLevelOption(
        QStringLiteral("log-level"),
        QStringLiteral("trace, debug, info, warn, error (default info)."), QStringLiteral("level"),
        QStringLiteral("info"));
    parser.addOptions({demoOption, screenshotOption, langOption, logLevelOption});
    parser.process(app);

    spdlog::level::level_enum level = spdlog::level::info;
    if (!attlog::log::parseLevel(parser.value(logLevelOption), &level)) {
        std::fprintf(stderr, "attlog-viewer: bad --log-level %s\n",
                     qPrintable(parser.value(logLevelOption)));
        return 2;
    }
    const QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("ru") && language != QLatin1String("en")) {
        std::fprintf(stderr, "attlog-viewer: --lang takes ru or en\n");
        return 2;
    }
    attlog::log::LoggingOptions logging;
    logging.level = level;
    logging.directory = attlog::log::defaultLogDirectory();
    QString logError;
    if (!attlog::log::initLogging(logging, &logError))
        attlog::log::app()->warn("file logging is off: {}", logError.toStdString());
    attlog::log::app()->info("attlog-viewer {} starting (Qt {})", ATTLOG_VERSION, qVersion());

    installTranslations(app, language);

    attlog::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
