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

# Vitest gives a 2-core machine one worker, and the browser journeys mostly wait (for Chromium,
# for the server each starts): they run one at a time as a second process beside the rest, their
# output held back and printed after it. Two API workers as well made every test slower, not the
# run shorter: the machine's two cores are then the limit.
echo "› tests: domain, server, web, API on SQLite and PostgreSQL; beside them, the browser journeys"
logs=$(mktemp -d)
HAVN_TEST_PART=journeys npx vitest run --project e2e >"$logs/journeys" 2>&1 &
journeys=$!
trap 'kill "$journeys" 2>/dev/null || true; rm -rf "$logs"' EXIT
status=0
HAVN_TEST_PART=api npx vitest run --project domain --project server --project web \
  --project api-sqlite --project api-postgres 2>&1 | tee "$logs/api" || status=1
wait "$journeys" || status=1
echo "› browser journeys"
cat "$logs/journeys"
# One line for CI, whatever runner it knows: the two parts' counts added up.
grep -h '^tests (' "$logs/api" "$logs/journeys" |
  awk '{ p += $3; f += $5; s += $7 } END { printf "\ntests: %d passed, %d failed, %d skipped\n", p, f, s }'
exit "$status"
