// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace sotto::test {

/// A fresh profile folder for one test, removed with the object. Its
/// environment() points a child `sotto` at it and at private XDG folders and a
/// private $TMPDIR (root()/tmp), so a test never touches the user's real data and
/// a scan of root() covers the profile, HOME and TMPDIR alike.
class TempProfile final {
public:
    TempProfile();

    bool isValid() const { return m_root.isValid(); }
    QString path() const;
    QString root() const { return m_root.path(); }
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_root;
};

} // namespace sotto::test
