#!/usr/bin/env bash
# Takes a fresh machine (Node 20 and npm only) to a working checkout:
# pnpm (pinned), the workspace's packages, and Debian's Chromium for the widget tests.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$want_pnpm" ]; then
  echo "setup: installing pnpm $want_pnpm" >&2
  npm install -g "pnpm@$want_pnpm" --silent >&2
fi

if [ ! -f node_modules/.modules.yaml ] || [ pnpm-lock.yaml -nt node_modules/.modules.yaml ]; then
  echo "setup: installing packages" >&2
  pnpm install --frozen-lockfile >&2
fi

# Browser tests drive Debian's Chromium; never a downloaded browser build.
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium (for widget tests and the demo page)" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    echo "setup: Chromium not found at /usr/bin/chromium; install it (apt-get install chromium) or set CHROMIUM_PATH" >&2
  fi
fi
