#!/usr/bin/env bash
# Installs what Switchboard needs to build, run and test on Debian 12, from Debian's archive only.
# Idempotent: installs only the packages that are missing and says nothing when all are present.
# Usage: packaging/install-deps.sh [--build] [--package] [--test]   (all by default)
#   --build    what building and running needs
#   --package  --build plus what `switchboard-dev package` needs to make and check the .deb
#   --test     what the test command needs on top (the packaging test included)
set -euo pipefail

build_packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev qt6-qpa-plugins libgl-dev fonts-dejavu-core
  libqt6sql6-psql qt6-translations-l10n librsvg2-bin
)
# The .deb: dpkg-shlibdeps finds the library dependencies; the others check what goes in it.
package_packages=(
  dpkg-dev file lintian appstream desktop-file-utils
)
test_packages=(
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools procps
  clang libclang-rt-14-dev clang-format
  postgresql debootstrap x11-utils
)

want=()
case "${1:-all}" in
  --build) want=("${build_packages[@]}") ;;
  --package) want=("${build_packages[@]}" "${package_packages[@]}") ;;
  --test) want=("${package_packages[@]}" "${test_packages[@]}") ;;
  *) want=("${build_packages[@]}" "${package_packages[@]}" "${test_packages[@]}") ;;
esac

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# The gateway's SDK test runs the official openai npm package with node (tests/gateway/node):
# Debian's nodejs and npm, unless this machine already has a node and an npm (another packaging
# of Node.js, which bundles npm and conflicts with Debian's npm package, is kept as it is).
if [ "${1:-all}" != "--build" ]; then
  command -v node >/dev/null 2>&1 || missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "switchboard: missing packages: ${missing[*]}" >&2
  echo "switchboard: run this script as root (or with sudo) to install them" >&2
  exit 1
fi

echo "switchboard: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
