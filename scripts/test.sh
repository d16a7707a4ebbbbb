#!/usr/bin/env bash
# The single test command (`npm test`): unit tests, ingest check, import rule, type check, e2e, benchmark smoke.
# On a fresh Debian machine (as root) it installs Chromium and CJK fonts from apt first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each heading gives the seconds since the start, so a slow step shows in CI's log.
step() { printf '\n\033[1m== %s ==\033[0m (%d s)\n' "$*" "$SECONDS"; }
mkdir -p reports

step 'Unit tests (vitest)'
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json

step 'Ingest check (npm run ingest -- --check)'
npm run --silent ingest -- --check >reports/ingest-check.txt || { cat reports/ingest-check.txt; exit 1; }
tail -n 1 reports/ingest-check.txt

step 'Import rule (dependency-cruiser: docs/architecture.md, modules and what each may import)'
npm run --silent lint:imports

step 'Type check (astro check)'
npx astro check

step 'End-to-end tests (playwright, production build)'
bash scripts/install-browser.sh
npx playwright test

step 'Benchmark smoke (npm run bench on 4 of content/raw; no timing is checked)'
npm run --silent bench -- --corpus content/raw --limit 4 --skip-search >reports/bench-smoke.txt 2>&1 || { cat reports/bench-smoke.txt; exit 1; }
grep -F '**pipeline**' reports/bench-smoke.txt

step 'Summary'
node scripts/test-summary.mjs
