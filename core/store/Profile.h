// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace sotto {

enum class ProfileError {
    CannotCreate,
    NotWritable,
};

/// The folder that holds one user's vault and its companions. It is chosen by
/// `--profile`, then the SOTTO_PROFILE environment variable, then the platform's
/// application data folder. A plain value; safe to copy between threads.
class Profile final {
public:
    explicit Profile(QString directory);

    /// The folder to use: `explicitDirectory` when not empty, else $SOTTO_PROFILE,
    /// else QStandardPaths::AppDataLocation. Always an absolute, clean path.
    static Profile resolve(const QString &explicitDirectory = {});

    QString directory() const { return m_directory; }
    QString filePath(const QString &fileName) const;

    /// Creates the folder (owner-only permissions) if it does not exist yet and
    /// checks that it can be written.
    Expected<void, Error<ProfileError>> ensureExists() const;

private:
    QString m_directory;
};

} // namespace sotto
