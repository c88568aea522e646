#!/usr/bin/env bash
# Installs what the test suite needs from Debian's packages, when it is missing: PostgreSQL
# (a throwaway cluster per test run), Chromium (browser journeys) and systemd (systemd-analyze
# checks the unit files in deploy/systemd). Needs root to install;
# otherwise says what to run.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v systemd-analyze >/dev/null || missing+=(systemd)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Havn's tests need these Debian packages: ${missing[*]}" >&2
  echo "Install them as root:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "Installing ${missing[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
