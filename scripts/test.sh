#!/usr/bin/env bash
# `npm test`: everything CI checks, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-system-packages.sh
echo "› lint and format"
npm run --silent lint
echo "› type check"
npm run --silent typecheck
echo "› build the web app"
npm run --silent build >/dev/null
echo "› tests: domain, server, API on SQLite and PostgreSQL, browser journeys"
npx vitest run
