#!/usr/bin/env bash
# Makes sure Debian's Chromium and CJK fonts are present for the e2e tests.
# Playwright's own browser download does not work here; only Debian's packages do.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ] && { [ -n "${CHROMIUM_PATH:-}" ] || dpkg -s fonts-noto-cjk >/dev/null 2>&1; }; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "e2e tests need Chromium and CJK fonts: run 'sudo apt-get install -y chromium fonts-noto-cjk' (or set CHROMIUM_PATH)" >&2
	exit 1
fi
echo 'Installing Debian chromium and fonts-noto-cjk for the e2e tests…'
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
