#!/usr/bin/env bash
# bench_gateway side by side with the Portkey open-source gateway, from a clean clone:
#   tests/bench/run-bench-gateway.sh [requests]
# Builds the ci preset's bench_gateway and switchboard-cli, installs @portkey-ai/gateway (pinned)
# into a throwaway folder with npm, and runs the benchmark (docs/PERFORMANCE.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
requests=${1:-2000}
portkey_version=1.15.2
packaging/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target bench_gateway switchboard-cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --no-audit --no-fund --loglevel=error --cache "$work/.npm-cache" \
    "@portkey-ai/gateway@$portkey_version" >/dev/null)
echo "Portkey $portkey_version, node $(node --version), $(nproc) cores"
build/ci/tests/bench/bench_gateway build/ci/app/switchboard-cli "$requests" "$work"
