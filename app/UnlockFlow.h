// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Sotto developers
#pragma once

class QWidget;

namespace sotto {
class Session;
}

namespace sotto::app {

enum class AskKeyring { No, Yes };

/// Shows the create or unlock dialog until the session is unlocked or the user
/// quits. Returns false when the user quit. With AskKeyring::Yes and a vault
/// whose passphrase the user keeps in the system keyring (Keyring::isRemembered),
/// the dialog appears at once and the keyring is asked meanwhile: what it
/// remembers unlocks the vault; if the keyring does not answer, or what it holds
/// does not open the vault, the user types the passphrase as usual. GUI thread.
bool unlockInteractively(Session &session, QWidget *parent, AskKeyring askKeyring = AskKeyring::No);

} // namespace sotto::app
