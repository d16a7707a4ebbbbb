#!/usr/bin/env bash
# Makes sure Debian's Chromium and CJK fonts are present for the e2e tests and the benchmark.
# Playwright's own browser download does not work here; only Debian's packages do.
#  - chromium-headless-shell runs the e2e tests: the same Blink as chromium without the
#    desktop browser around it, so the suite takes ≈ 30% less time (playwright.config.ts);
#  - chromium is the browser whose timings the benchmark reports, as readers' browsers are.
set -euo pipefail
packages=(chromium chromium-headless-shell fonts-noto-cjk)
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
	exit 0
fi
if dpkg -s "${packages[@]}" >/dev/null 2>&1; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "e2e tests need Chromium and CJK fonts: run 'sudo apt-get install -y ${packages[*]}' (or set CHROMIUM_PATH)" >&2
	exit 1
fi
echo "Installing Debian ${packages[*]} for the e2e tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
