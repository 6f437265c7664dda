#!/usr/bin/env bash
# packaging.deb: the Debian package installs and works like any desktop app's, on a clean Debian 12.
#
#  1. CPack builds switchboard_VERSION_ARCH.deb from this build tree; its files and Depends are
#     checked, and lintian must find nothing that docs/PACKAGING.md does not explain.
#  2. A fresh Debian 12 root (debootstrap --variant=minbase, no containers) gets the package the
#     way a user installs it, `apt-get install ./switchboard_….deb`, which must pull every
#     dependency from Debian's archive (recommended packages left out, so Depends alone must do).
#  3. There, as installed: `switchboard-cli --version`; a chat against the mock provider (started
#     here on loopback) and the ledger it leaves; `switchboard --version` on the offscreen
#     platform; the GUI opening its window through the xcb plugin, on an Xvfb display of its own.
#  4. `apt-get purge` leaves none of the package's files behind.
#
# Needs root (chroot, mount). The root lives in a tmpfs of at most 2 GB while the test runs. The
# first run downloads the minimal system and the dependencies from the Debian archive
# (SWITCHBOARD_DEBIAN_MIRROR, default http://deb.debian.org/debian) and keeps them under
# BUILD/packaging/debian-cache; later runs need no network. A failed run keeps its root mounted at
# BUILD/packaging/deb-test/root for a look, until the next run.
set -euo pipefail

build='' version='' cpack='' mock='' app_id=''
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build=$2 ;;
    --version) version=$2 ;;
    --cpack) cpack=$2 ;;
    --mock-provider) mock=$2 ;;
    --app-id) app_id=$2 ;;
    *) echo "deb-install-test.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done

fail() { echo "packaging.deb: FAIL: $*" >&2; exit 1; }
skip() { echo "packaging.deb: skipped: $*"; exit 77; }
step() { printf 'packaging.deb: [%3ss] %s\n' "$SECONDS" "$*"; }

[ "$(id -u)" -eq 0 ] || skip "needs root (it installs into a chroot)"
for tool in dpkg-deb lintian debootstrap chroot mount mountpoint flock runuser; do
    command -v "$tool" >/dev/null || skip "$tool is missing (packaging/install-deps.sh installs it)"
done

arch=$(dpkg --print-architecture)
cache="$build/packaging/debian-cache"
work="$build/packaging/deb-test"
root="$work/root"
deb="$work/out/switchboard_${version}_${arch}.deb"
mkdir -p "$cache/archives" "$work"
exec 9>"$work/lock"
flock -n 9 || fail "another packaging.deb runs on this build tree"

# The root is a tmpfs (unpacking and dpkg at memory speed, removal by unmounting); nothing mounted
# at or below it may survive the test, and nothing is ever deleted across a mount point.
unmount_root() {
    local mounted
    mounted=$(awk -v r="$root/" 'index($2 "/", r) == 1 {print $2}' /proc/mounts | sort -r)
    for m in $mounted; do umount "$m" 2>/dev/null || umount -l "$m" || true; done
}
mock_pid='' gui_pid='' xvfb_pid=''
cleanup() {
    local status=$?
    set +e
    [ -z "$gui_pid" ] || kill "$gui_pid" 2>/dev/null
    [ -z "$mock_pid" ] || kill "$mock_pid" 2>/dev/null
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null
    if [ "$status" -eq 0 ] || ! mountpoint -q "$root"; then
        unmount_root
        rm -rf --one-file-system "$root"
    else
        umount "$root/proc" 2>/dev/null || true
        echo "packaging.deb: the root is kept for a look (a tmpfs): $root; the next run or" \
            "\`umount $root\` frees it" >&2
    fi
}
trap cleanup EXIT
unmount_root
rm -rf --one-file-system "$root" "$work/out"

# --- 1. the package -----------------------------------------------------------------------------
step "building the package with CPack"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
[ -f "$deb" ] || { ls -l "$work/out"; fail "CPack did not write $(basename "$deb")"; }

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expected=(/usr/bin/switchboard /usr/bin/switchboard-cli
    /usr/share/applications/switchboard.desktop "/usr/share/metainfo/$app_id.metainfo.xml"
    /usr/share/icons/hicolor/scalable/apps/switchboard.svg
    /usr/share/man/man1/switchboard.1.gz /usr/share/man/man1/switchboard-cli.1.gz
    /usr/share/doc/switchboard/copyright /usr/share/doc/switchboard/changelog.gz)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/switchboard.png")
done
for f in "${expected[@]}"; do
    grep -qxF "$f" "$work/contents" || fail "the package lacks $f"
done
# What shlibdeps finds depends on what the executables use today (the linker drops a library
# nothing calls yet, e.g. Charts before the dashboard): check those every build needs, and the
# run-time pieces named by hand.
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    libqt6keychain1 ca-certificates libc6; do
    [[ ", $depends," == *", $p "* || ", $depends," == *", $p,"* ]] || fail "Depends lacks $p: $depends"
done
echo "Depends: $depends"

step "lintian"
# Every finding lintian keeps after the package's own overrides (/usr/share/lintian/overrides,
# each explained in docs/PACKAGING.md) fails the test, down to the informational ones.
# lintian does not want root: it runs as nobody, on a copy nobody can read.
install -d -m 755 "$work/lintian"
install -m 644 "$deb" "$work/lintian/"
runuser -u nobody -- env HOME=/tmp lintian --display-info --pedantic \
    --fail-on error,warning,info,pedantic "$work/lintian/$(basename "$deb")" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log"; fail "lintian has findings (above); fix them or explain them"; }
cat "$work/lintian.log"

# --- 2. a fresh Debian 12 -----------------------------------------------------------------------
tarball="$cache/bookworm-minbase.tar"
if [ ! -f "$tarball" ]; then
    mirror=${SWITCHBOARD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    step "making a minimal Debian 12 from $mirror (once per build tree)"
    rm -rf --one-file-system "$cache/make"
    debootstrap --variant=minbase bookworm "$cache/make" "$mirror" >"$cache/debootstrap.log" 2>&1 ||
        { tail -n 30 "$cache/debootstrap.log"; fail "debootstrap failed (is $mirror reachable?)"; }
    find "$cache/make/var/cache/apt/archives" -name '*.deb' -delete
    tar --numeric-owner -C "$cache/make" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$cache/make"
fi
step "unpacking a fresh root"
mkdir -p "$root"
mount -t tmpfs -o size=2g,mode=755 switchboard-deb-test "$root"
tar --numeric-owner -C "$root" -xpf "$tarball"
# What earlier runs downloaded: apt takes it from here instead of the archive.
find "$cache/archives" -name '*.deb' -exec cp -t "$root/var/cache/apt/archives/" {} +
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # no services start in here
chmod 755 "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf"
install -m 644 "$deb" "$root/tmp/"
mount -t proc proc "$root/proc"

install -d -m 700 "$root/run/user/0"
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/run/user/0 DEBIAN_FRONTEND=noninteractive "$@"
}

step "apt-get install ./$(basename "$deb")"
# unsafe-io: no fsync after each file, this root is thrown away anyway (halves the time).
apt_install() {
    in_root apt-get -o Dpkg::Use-Pty=0 -o DPkg::Options::=--force-unsafe-io install -y \
        --no-install-recommends "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1
}
: >"$work/apt.log"
# The cached package lists age; when a dependency that is not cached yet has left the archive
# since, fetch the lists anew once.
apt_install || { in_root apt-get update >>"$work/apt.log" 2>&1 && apt_install; } ||
    { tail -n 40 "$work/apt.log"; fail "apt-get could not install the package"; }
cp -n "$root"/var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
# shellcheck disable=SC2016 # dpkg-query expands ${Status}, not the shell
status=$(in_root dpkg-query -W -f='${Status} ${Version}' switchboard)
[ "$status" = "install ok installed $version" ] || fail "dpkg lists switchboard as '$status'"
echo "$(grep -c '^Unpacking' "$work/apt.log") packages unpacked"
# What Qt loads by name at run time came along: the SQLite driver, the OpenSSL its TLS backend
# opens, the CA certificates it verifies https providers with, the xcb platform plugin.
for plugin in sqldrivers/libqsqlite.so platforms/libqxcb.so tls/libqopensslbackend.so; do
    compgen -G "$root/usr/lib/*/qt6/plugins/$plugin" >/dev/null || fail "Qt's $plugin is not installed"
done
[[ "$(in_root ldconfig -p)" == *"libssl.so.3 "* ]] || fail "libssl3 is not installed"
[ -s "$root/etc/ssl/certs/ca-certificates.crt" ] || fail "no CA certificates in /etc/ssl/certs"

# --- 3. the installed app -----------------------------------------------------------------------
step "switchboard-cli --version"
out=$(in_root switchboard-cli --version) || fail "switchboard-cli --version exited with $?"
[ "$out" = "switchboard-cli $version" ] || fail "switchboard-cli --version printed '$out'"

step "a chat against the mock provider"
mkfifo "$work/mock.fifo"
"$mock" --port 0 >"$work/mock.fifo" 2>"$work/mock.log" &
mock_pid=$!
exec 3<"$work/mock.fifo"
rm -f "$work/mock.fifo"
IFS= read -r -t 20 listening <&3 || fail "the mock provider did not start: $(cat "$work/mock.log")"
url=${listening#listening on }
profile=/root/profile
in_root switchboard-cli --profile "$profile" providers add mock --kind openai --base-url "$url" ||
    fail "providers add exited with $?"
answer=$(in_root switchboard-cli --profile "$profile" chat --model mock/mock-small "Say hello") ||
    fail "chat exited with $?"
[ "$answer" = "Hello from the mock provider." ] || fail "chat answered '$answer'"
stats=$(in_root switchboard-cli --profile "$profile" stats --since all --json) ||
    fail "stats exited with $?"
[[ "$stats" == *'"requests":1,'* ]] || fail "the ledger does not hold the one request: $stats"

step "switchboard --version (offscreen)"
out=$(in_root QT_QPA_PLATFORM=offscreen switchboard --version) || fail "switchboard --version exited with $?"
[ "$out" = "Switchboard $version" ] || fail "switchboard --version printed '$out'"

if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
    # A display of its own, so that this window disturbs no other test's; Xvfb names the display
    # it found free on fd 5. Its abstract socket is shared with the chroot (same network
    # namespace): nothing is mounted for it.
    mkfifo "$work/xvfb.fifo"
    Xvfb -displayfd 5 -nolisten tcp -screen 0 1280x800x24 5>"$work/xvfb.fifo" 2>"$work/xvfb.log" &
    xvfb_pid=$!
    exec 4<"$work/xvfb.fifo"
    rm -f "$work/xvfb.fifo"
    IFS= read -r -t 20 display_number <&4 || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
    display=":$display_number"
    step "switchboard opens its window on $display (xcb, as installed)"
    # Started without a function or subshell in between: $! is the app's own process.
    chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/run/user/0 DISPLAY="$display" QT_QPA_PLATFORM=xcb \
        switchboard --profile "$profile" >"$work/gui.log" 2>&1 &
    gui_pid=$!
    shown=
    for _ in $(seq 150); do # an X window appears without telling anyone: look for it (30 s at most)
        kill -0 "$gui_pid" 2>/dev/null || break
        windows=$(DISPLAY="$display" xwininfo -root -tree 2>/dev/null || true)
        if [[ "$windows" == *'("switchboard" "'* ]]; then shown=yes; break; fi
        sleep 0.2
    done
    [ -n "$shown" ] || { cat "$work/gui.log"; fail "no Switchboard window appeared"; }
    kill "$gui_pid"
    wait "$gui_pid" 2>/dev/null || true
    gui_pid=
    if grep -Ei 'could not (load|find)|not loaded|cannot find font|failed to load' "$work/gui.log"; then
        fail "the GUI reported a missing piece (above)"
    fi
else
    step "no Xvfb or xwininfo here: the GUI's window is not checked (packaging/install-deps.sh)"
fi

# --- 4. removal ---------------------------------------------------------------------------------
step "apt-get purge switchboard"
in_root apt-get -o Dpkg::Use-Pty=0 purge -y switchboard >"$work/purge.log" 2>&1 ||
    { cat "$work/purge.log"; fail "apt-get purge failed"; }
while read -r f; do
    [ -d "$root$f" ] || [ ! -e "$root$f" ] || fail "$f is left after purge"
done <"$work/contents"

step "the package installs, runs and goes away cleanly; removing the root"
