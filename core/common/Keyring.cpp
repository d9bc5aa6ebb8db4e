// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/common/Keyring.h"

#include "core/common/Version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace sotto {

namespace {

QString service()
{
    return QString::fromLatin1(APP_ID);
}

QString entryKey(const QString &profileDirectory)
{
    return QStringLiteral("vault:") + profileDirectory;
}

Error<KeyringError> errorOf(const QKeychain::Job &job)
{
    KeyringError code = KeyringError::Failed;
    QString message;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        code = KeyringError::NotFound;
        message = Keyring::tr("The system keyring holds no passphrase for this vault.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        code = KeyringError::Denied;
        message = Keyring::tr("The system keyring refused access.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        code = KeyringError::Unavailable;
        message = Keyring::tr("No system keyring is available, so the passphrase cannot be remembered.");
        break;
    default:
        // libsecret reports a missing session bus or Secret Service as a generic error.
        if (job.errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || job.errorString().contains(QLatin1String("Could not connect"), Qt::CaseInsensitive)
            || job.errorString().contains(QLatin1String("org.freedesktop.secrets"))
            || job.errorString().contains(QLatin1String("transport"), Qt::CaseInsensitive)) {
            code = KeyringError::Unavailable;
            message = Keyring::tr("No system keyring is available, so the passphrase cannot be remembered.");
        } else {
            message = Keyring::tr("The system keyring failed: %1").arg(job.errorString());
        }
        break;
    }
    return {code, message, job.errorString()};
}

QString markerPath(const QString &profileDirectory)
{
    return profileDirectory + QStringLiteral("/keyring");
}

template <typename JobType>
JobType *makeJob(const QString &profileDirectory)
{
    auto *job = new JobType(service());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file instead of a keyring
    job->setKey(entryKey(profileDirectory));
    return job;
}

} // namespace

void Keyring::remember(const QString &profileDirectory, const QByteArray &passphrase, QObject *context,
                       Done done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(profileDirectory);
    job->setBinaryData(passphrase);
    // The marker is written whether or not `context` still exists when the
    // keyring answers: a stored secret without it would never be used.
    const QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done, profileDirectory, guard](QKeychain::Job *finished) {
            Expected<void, Error<KeyringError>> result;
            if (finished->error() != QKeychain::NoError) {
                result = Unexpected(errorOf(*finished));
            } else if (QFile marker(markerPath(profileDirectory)); !marker.open(QIODevice::WriteOnly)) {
                result = Unexpected(Error<KeyringError>{
                    KeyringError::Failed,
                    tr("The passphrase is in the system keyring, but Sotto cannot note that in %1.")
                        .arg(QDir::toNativeSeparators(profileDirectory)),
                    marker.errorString()});
            }
            if (guard)
                done(std::move(result));
        });
    job->start();
}

void Keyring::recall(const QString &profileDirectory, QObject *context, Found found)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profileDirectory);
    QObject::connect(job, &QKeychain::Job::finished, context, [found](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            found(read->binaryData());
        else
            found(Unexpected(errorOf(*read)));
    });
    job->start();
}

void Keyring::forget(const QString &profileDirectory, QObject *context, Done done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profileDirectory);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done, profileDirectory](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
                QFile::remove(markerPath(profileDirectory));
                done({});
            } else {
                done(Unexpected(errorOf(*finished)));
            }
        });
    job->start();
}

bool Keyring::isRemembered(const QString &profileDirectory)
{
    return QFileInfo::exists(markerPath(profileDirectory));
}

} // namespace sotto
