#!/usr/bin/env bash
# The single test command (`npm test`): unit tests, ingest check, type check, e2e.
# The e2e tests need Debian's Chromium: apt-get install -y chromium fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step 'Unit tests (vitest)'
npx vitest run

step 'Ingest check (npm run ingest -- --check)'
npm run --silent ingest -- --check

step 'Type check (astro check)'
npx astro check

step 'End-to-end tests (playwright, production build)'
npx playwright test

step 'All tests passed'
