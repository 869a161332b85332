// SPDX-License-Identifier: MIT
#include "db/settings/credentialstore.h"

#include "db/runtime/logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <spdlog/spdlog.h>

namespace attlog::db {

namespace {

CredentialStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::Status::Failed;
}

// Runs a job to completion; false on timeout (the job is then abandoned to its own deleteLater).
bool runJob(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

// The key of a profile's password in the store. QtKeychain's Windows back-end names the
// Credential Manager entry after the key alone (the service is not part of it), so there the key
// carries the service: "attlog/Office", not a bare "Office" that any program could also use.
QString storeKey(const QString &service, const QString &profileName)
{
#ifdef Q_OS_WIN
    return service + QLatin1Char('/') + profileName;
#else
    Q_UNUSED(service)
    return profileName;
#endif
}

} // namespace

CredentialStore::CredentialStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{}

CredentialStore::Status CredentialStore::write(const QString &profileName, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(false);
    // Explicit: a plain-text fallback would put the password into a settings file.
    job->setInsecureFallback(false);
    job->setKey(storeKey(m_service, profileName));
    job->setTextData(password);
    if (!runJob(*job, m_timeout)) {
        job->setAutoDelete(true);
        m_status = Status::Unavailable;
        m_error = QStringLiteral("the credential store did not answer");
    } else {
        m_status = statusOf(job->error());
        m_error = job->errorString();
        delete job;
    }
    if (m_status == Status::Ok)
        m_error.clear();
    else
        log::db()->warn("password for profile '{}' not saved in the credential store: {}",
                        profileName.toStdString(), m_error.toStdString());
    return m_status;
}

std::optional<QString> CredentialStore::read(const QString &profileName)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(storeKey(m_service, profileName));
    std::optional<QString> password;
    if (!runJob(*job, m_timeout)) {
        job->setAutoDelete(true);
        m_status = Status::Unavailable;
        m_error = QStringLiteral("the credential store did not answer");
    } else {
        m_status = statusOf(job->error());
        m_error = job->errorString();
        if (m_status == Status::Ok) {
            password = job->textData();
            m_error.clear();
        }
        delete job;
    }
    return password;
}

CredentialStore::Status CredentialStore::remove(const QString &profileName)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(storeKey(m_service, profileName));
    if (!runJob(*job, m_timeout)) {
        job->setAutoDelete(true);
        m_status = Status::Unavailable;
        m_error = QStringLiteral("the credential store did not answer");
    } else {
        m_status = statusOf(job->error());
        m_error = m_status == Status::Ok ? QString() : job->errorString();
        delete job;
    }
    return m_status;
}

} // namespace attlog::db
