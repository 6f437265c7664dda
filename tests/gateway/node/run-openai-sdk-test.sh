#!/usr/bin/env bash
# Installs the pinned `openai` package (package.json + package-lock.json here) into a throwaway
# folder with `npm ci`, then runs openai-sdk.test.mjs there with node's test runner.
# Usage: run-openai-sdk-test.sh SWITCHBOARD_CLI SWITCHBOARD_MOCK_PROVIDER
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "switchboard: $tool not found; run packaging/install-deps.sh" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/openai-sdk.test.mjs" "$work/"
cd "$work"
npm ci --no-audit --no-fund --loglevel=error --cache "$work/.npm-cache" >/dev/null
SWITCHBOARD_CLI="$1" SWITCHBOARD_MOCK_PROVIDER="$2" exec node --test --test-reporter=spec openai-sdk.test.mjs
