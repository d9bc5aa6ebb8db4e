#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring,
# so QtKeychain has a real Secret Service to talk to.
exec dbus-run-session -- sh -c '
  printf "keyring-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"' sh "$@"
