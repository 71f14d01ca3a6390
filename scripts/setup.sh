#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine with Node 20 and npm:
# pnpm (pinned), Debian's Chromium for the email layout tests, and the workspace's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
# better-sqlite3 compiles against Node's own headers (no download of them).
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

want_pnpm="$(node -p 'require("./package.json").packageManager.split("@")[1]')"
if [ "$(pnpm --version 2>/dev/null || true)" != "$want_pnpm" ]; then
  npm install -g "pnpm@${want_pnpm}" --allow-scripts=pnpm >/dev/null 2>&1 || npm install -g "pnpm@${want_pnpm}"
fi

# Chromium drives the email layout tests; they skip with a message where it cannot be had.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ||
    echo "setup: could not install chromium; browser tests will be skipped" >&2
fi

pnpm install --frozen-lockfile
