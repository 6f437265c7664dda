#!/usr/bin/env bash
# Runs a command the way the tests need the desktop around them: a private D-Bus session with a
# real Secret Service (gnome-keyring, unlocked with a throwaway password) and a virtual X display.
# Nothing of the user's own session or keyring is touched.
set -euo pipefail

if [ "${SWITCHBOARD_TEST_SESSION:-}" != "inner" ]; then
    export SWITCHBOARD_TEST_SESSION=inner
    export HOME_FOR_TESTS
    HOME_FOR_TESTS=$(mktemp -d)
    trap 'rm -rf "$HOME_FOR_TESTS"' EXIT
    mkdir -m 700 "$HOME_FOR_TESTS/run"
    # A fresh HOME keeps the keyring files and QSettings of the tests apart from the user's.
    HOME="$HOME_FOR_TESTS" XDG_DATA_HOME="$HOME_FOR_TESTS/.local/share" \
        XDG_CONFIG_HOME="$HOME_FOR_TESTS/.config" XDG_RUNTIME_DIR="$HOME_FOR_TESTS/run" \
        xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
    exit $?
fi

# Our keyring daemon must be stopped afterwards (one left behind would keep the caller's output
# pipe open and make a `| tee` wait forever), and only ours: other sessions run on this machine at
# the same time. Ours are the daemons whose environment holds this session's private HOME. It runs
# under a name of its own, so that a session that stops daemons by name (`pgrep -x
# gnome-keyring-d`, as this script once did) cannot stop it in the middle of our tests.
ln -s "$(command -v gnome-keyring-daemon)" "$HOME/sb-test-keyring"
eval "$(printf 'throwaway-test-password' | "$HOME/sb-test-keyring" --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
status=0
"$@" || status=$?
for pid in $(pgrep -x 'sb-test-keyring|gnome-keyring-d' || true); do
    if grep -qzxF "HOME=$HOME" "/proc/$pid/environ" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
    fi
done
exit "$status"
