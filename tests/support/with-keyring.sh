#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked GNOME Keyring (the Secret
# Service QtKeychain talks to), in a throw-away home folder: TESTING.md, "Keychain".
#   with-keyring.sh COMMAND [ARGS...]
# The keyring daemon ends with the session; the folder is removed afterwards.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring: $tool is missing (packages dbus, gnome-keyring)" >&2
        exit 1
    fi
done
home="$(mktemp -d /tmp/guichet-keyring.XXXXXX)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/data" "$home/config"
chmod 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_HOME="$home/config"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
# The keyring's password only protects this throw-away keyring file.
dbus-run-session -- sh -c '
    printf %s guichet-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
