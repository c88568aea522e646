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

# Vitest gives a 2-core machine one worker, and the tests mostly wait: the journeys for Chromium
# and the server they start, the API tests for PostgreSQL. So the API tests get two workers, and
# the journeys (one at a time: each drives a browser) run beside them as a second process, their
# output held back and printed after the rest.
echo "› tests: domain, server, API on SQLite and PostgreSQL; beside them, the browser journeys"
logs=$(mktemp -d)
HAVN_TEST_PART=journeys npx vitest run --project e2e >"$logs/journeys" 2>&1 &
journeys=$!
trap 'kill "$journeys" 2>/dev/null || true; rm -rf "$logs"' EXIT
status=0
HAVN_TEST_PART=api npx vitest run --maxWorkers=2 --project domain --project server \
  --project api-sqlite --project api-postgres 2>&1 | tee "$logs/api" || status=1
wait "$journeys" || status=1
echo "› browser journeys"
cat "$logs/journeys"
# One line for CI, whatever runner it knows: the two parts' counts added up.
grep -h '^tests (' "$logs/api" "$logs/journeys" |
  awk '{ p += $3; f += $5; s += $7 } END { printf "\ntests: %d passed, %d failed, %d skipped\n", p, f, s }'
exit "$status"
