// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#include "core/store/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sotto {

Profile::Profile(QString directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{ }

Profile Profile::resolve(const QString &explicitDirectory)
{
    if (!explicitDirectory.isEmpty())
        return Profile(explicitDirectory);
    const QString fromEnv = qEnvironmentVariable("SOTTO_PROFILE");
    if (!fromEnv.isEmpty())
        return Profile(fromEnv);
    return Profile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString Profile::filePath(const QString &fileName) const
{
    return m_directory + QLatin1Char('/') + fileName;
}

Expected<void, Error<ProfileError>> Profile::ensureExists() const
{
    QFileInfo info(m_directory);
    if (!info.exists()) {
        if (!QDir().mkpath(m_directory)) {
            return Unexpected(Error<ProfileError>{
                ProfileError::CannotCreate,
                QCoreApplication::translate("sotto::Profile", "Cannot create the profile folder %1.")
                    .arg(m_directory),
                {}});
        }
        QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        info.refresh();
    }
    if (!info.isDir() || !info.isWritable()) {
        return Unexpected(Error<ProfileError>{
            ProfileError::NotWritable,
            QCoreApplication::translate("sotto::Profile", "The profile folder %1 cannot be written.")
                .arg(m_directory),
            {}});
    }
    return {};
}

} // namespace sotto
