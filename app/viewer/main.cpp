// SPDX-License-Identifier: MIT
// attlog-viewer: the GUI. Parses arguments, sets up logging and translations, and wires the data
// session to the main window's tabs.

#include "app/viewer/screenshotter.h"
#include "db/demo/demodatabase.h"
#include "db/demo/demowriter.h"
#include "db/runtime/logging.h"
#include "db/runtime/privatefiles.h"
#include "db/runtime/processexit.h"
#include "db/session/datasession.h"
#include "db/settings/credentialstore.h"
#include "db/settings/profilestore.h"
#include "ui/common/appearance.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/passwordprompt.h"
#include "ui/live/livetab.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <memory>
#include <optional>

using attlog::ui::MainWindow;

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

#ifdef Q_OS_WIN
// Qt takes Windows' message font (Segoe UI on Windows 10 and 11). Where that face is missing —
// seen under Wine, where "MS Shell Dlg" resolves to a mathematical serif face — digits and Latin
// text fall back to a serif while Cyrillic finds a sans face: the first installed UI face is
// used instead. An installed system font is left as it is.
void useInstalledUiFont()
{
    QFont font = QApplication::font();
    if (QFontInfo(font).exactMatch())
        return;
    for (const char *family :
         {"Segoe UI", "Tahoma", "Microsoft Sans Serif", "Arial", "DejaVu Sans"}) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(family))) {
            font.setFamily(QString::fromLatin1(family));
            QApplication::setFont(font);
            return;
        }
    }
}
#endif

struct ViewerOptions
{
    bool demo = false;
    QString screenshotDir; // empty: no screenshots
    QString language;      // "ru", "en", empty: the system's
    spdlog::level::level_enum logLevel = spdlog::level::info;
    // This run only (not saved): the saved View settings otherwise.
    std::optional<int> fontScale;
    std::optional<attlog::ui::Theme> theme;
    bool kiosk = false;
    QStringList kioskDoors;
};

// The command line; nullopt after a message on a bad one (exit code 2). --help and --version
// print and exit inside.
std::optional<ViewerOptions> parseOptions(const QApplication &app)
{
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
    const QCommandLineOption fontScaleOption(
        QStringLiteral("font-scale"),
        QStringLiteral("Text size in percent, 100 to 200, for this run (default: View → Text "
                       "size)."),
        QStringLiteral("percent"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("Colours for this run: system, light, dark or high-contrast (default: "
                       "View → Colours)."),
        QStringLiteral("theme"));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QStringLiteral("Guard post kiosk: Live alone, full screen, settings locked until the "
                       "supervisor's password (View → Kiosk password…) unlocks them."));
    const QCommandLineOption doorOption(
        QStringLiteral("door"),
        QStringLiteral("With --kiosk: show this door only (repeat for several)."),
        QStringLiteral("name"));
    parser.addOptions({demoOption, screenshotOption, langOption, logLevelOption, fontScaleOption,
                       themeOption, kioskOption, doorOption});
    parser.process(app);

    ViewerOptions options;
    if (!attlog::log::parseLevel(parser.value(logLevelOption), &options.logLevel)) {
        std::fprintf(stderr, "attlog-viewer: bad --log-level %s\n",
                     qPrintable(parser.value(logLevelOption)));
        return std::nullopt;
    }
    options.language = parser.value(langOption);
    if (!options.language.isEmpty() && options.language != QLatin1String("ru") &&
        options.language != QLatin1String("en")) {
        std::fprintf(stderr, "attlog-viewer: --lang takes ru or en\n");
        return std::nullopt;
    }
    if (parser.isSet(fontScaleOption)) {
        bool ok = false;
        const int percent = parser.value(fontScaleOption).toInt(&ok);
        if (!ok || percent < attlog::ui::kMinFontScale || percent > attlog::ui::kMaxFontScale) {
            std::fprintf(stderr, "attlog-viewer: --font-scale takes 100 to 200\n");
            return std::nullopt;
        }
        options.fontScale = percent;
    }
    if (parser.isSet(themeOption)) {
        options.theme = attlog::ui::themeFromName(parser.value(themeOption));
        if (!options.theme) {
            std::fprintf(stderr,
                         "attlog-viewer: --theme takes system, light, dark or high-contrast\n");
            return std::nullopt;
        }
    }
    options.kiosk = parser.isSet(kioskOption);
    options.kioskDoors = parser.values(doorOption);
    if (!options.kioskDoors.isEmpty() && !options.kiosk) {
        std::fprintf(stderr, "attlog-viewer: --door goes with --kiosk\n");
        return std::nullopt;
    }
    options.demo = parser.isSet(demoOption);
    options.screenshotDir = parser.value(screenshotOption);
    return options;
}

// Another viewer runs the demo: this one shows the passes it writes, once its file is there.
void joinDemo(MainWindow &window, const attlog::db::ConnectionProfile &profile, const QString &name)
{
    attlog::log::app()->info("another viewer writes the demo database: showing its passes");
    auto *wait = new QTimer(&window);
    auto tries = std::make_shared<int>(0);
    const auto tryOpen = [&window, wait, tries, profile, name] {
        if (QFileInfo::exists(profile.sqlitePath) || ++*tries > 240) {
            wait->deleteLater();
            window.openSession(profile, name); // a file still missing says so
            return;
        }
        wait->start(500);
    };
    wait->setSingleShot(true);
    QObject::connect(wait, &QTimer::timeout, &window, tryOpen);
    tryOpen();
}

// The demo: its database (made anew when missing or left from an earlier day, off the GUI
// thread), a simulated iVMS writer adding passes, and the window opened on it. When another
// viewer already runs the demo (it holds the claim), this one joins it instead.
void startDemo(MainWindow &window, std::unique_ptr<attlog::db::DemoWriter> &demoWriter,
               std::unique_ptr<QLockFile> &demoClaim)
{
    const QString path = attlog::db::defaultDemoDatabasePath();
    attlog::db::ConnectionProfile profile;
    profile.name = QStringLiteral("demo");
    profile.kind = attlog::db::ConnectionKind::SqliteFile;
    profile.sqlitePath = path;
    const QString name = MainWindow::tr("Demo database");
    window.setConnectionState(MainWindow::ConnectionState::Connecting,
                              MainWindow::tr("preparing the demo database…"));
    demoClaim = attlog::db::claimDemoDatabase(path);
    if (!demoClaim) {
        joinDemo(window, profile, name);
        return;
    }
    auto start = [&window, &demoWriter, profile, name, path] {
        demoWriter = std::make_unique<attlog::db::DemoWriter>(path);
        demoWriter->start();
        window.openSession(profile, name);
    };
    // A demo file left from an earlier day would show an empty "today": make it anew.
    const QFileInfo file(path);
    if (file.exists() && file.lastModified().secsTo(QDateTime::currentDateTime()) < 6 * 3600) {
        start();
        return;
    }
    // Generating the demo data runs SQL: off the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(&window);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, &window,
                     [&window, watcher, start] {
                         const QString error = watcher->result();
                         watcher->deleteLater();
                         if (!error.isEmpty()) {
                             window.setConnectionState(MainWindow::ConnectionState::Error, error);
                             return;
                         }
                         start();
                     });
    watcher->setFuture(QtConcurrent::run([path] {
        QString error;
        attlog::DemoConfig config;
        if (!attlog::db::createDemoDatabase(path, config, &error) && error.isEmpty())
            error = QStringLiteral("the demo database could not be created");
        return error;
    }));
}

// The saved active profile, its password from the credential store or asked for; or the hint to
// connect when there is none.
void openSavedProfile(MainWindow &window)
{
    QSettings settings;
    const attlog::db::ProfileStore store(settings);
    auto profile = store.activeProfile();
    if (!profile) {
        window.setConnectionState(MainWindow::ConnectionState::Error,
                                  MainWindow::tr("no connection yet — choose File → Connect…"));
        return;
    }
    if (profile->needsPassword()) {
        attlog::db::CredentialStore credentials;
        if (auto password = credentials.read(profile->name))
            profile->password = *password;
        else if (auto typed = attlog::ui::askPassword(&window, profile->name))
            profile->password = *typed;
    }
    window.openSession(*profile, profile->name);
}

int runViewer(int argc, char *argv[])
{
    attlog::db::keepNewFilesPrivate();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("attlog"));
    QApplication::setApplicationName(QStringLiteral("attlog"));
    QApplication::setApplicationDisplayName(QStringLiteral("Access Log Viewer"));
    QApplication::setApplicationVersion(QStringLiteral(ATTLOG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/attlog.png")));
#ifdef Q_OS_WIN
    useInstalledUiFont();
#endif
    const std::optional<ViewerOptions> options = parseOptions(app);
    if (!options)
        return 2;

    attlog::log::LoggingOptions logging;
    logging.level = options->logLevel;
    logging.directory = attlog::log::defaultLogDirectory();
    QString logError;
    if (!attlog::log::initLogging(logging, &logError))
        attlog::log::app()->warn("file logging is off: {}", logError.toStdString());
    attlog::log::app()->info("attlog-viewer {} starting (Qt {})", ATTLOG_VERSION, qVersion());
    installTranslations(app, options->language);
    {
        QSettings settings;
        attlog::ui::Appearance appearance = attlog::ui::loadAppearance(settings);
        appearance.fontScalePercent = options->fontScale.value_or(appearance.fontScalePercent);
        appearance.theme = options->theme.value_or(appearance.theme);
        attlog::ui::applyAppearance(appearance);
    }

    attlog::db::DataSession session;
    MainWindow window(&session);
    std::unique_ptr<attlog::db::DemoWriter> demoWriter;
    std::unique_ptr<QLockFile> demoClaim; // held while this viewer writes the demo database
    if (options->demo)
        startDemo(window, demoWriter, demoClaim);
    else
        openSavedProfile(window);

    QObject::connect(&window, &MainWindow::connectRequested, &window, [&] {
        attlog::ui::ConnectionDialog dialog(&window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (demoWriter) {
            demoWriter->stop();
            demoWriter.reset();
        }
        demoClaim.reset();
        const attlog::db::ConnectionProfile profile = dialog.selectedProfile();
        window.openSession(profile, profile.name);
    });

    window.show();
    if (options->kiosk)
        window.enterKiosk(options->kioskDoors);
    std::unique_ptr<Screenshotter> screenshotter;
    if (!options->screenshotDir.isEmpty()) {
        screenshotter = std::make_unique<Screenshotter>(&window, options->screenshotDir);
        screenshotter->start();
    }
    const int rc = QApplication::exec();
    if (demoWriter)
        demoWriter->stop();
    session.close();
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    // Every object of the run is gone before the process ends (see endProcess()).
    return attlog::db::endProcess(runViewer(argc, argv));
}
