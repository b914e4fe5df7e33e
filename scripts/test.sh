#!/usr/bin/env bash
# Every test: type check, unit tests, end-to-end tests of the built bundles, the dist check and the
# workflow/action lint. Runs on Node 24 from the node@24 devDependency. Extra arguments go to jest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo "node $(node --version), $(nproc) cores"
tsc -p . && tsc -p test
mkdir -p .tmp
status=0
node --experimental-vm-modules node_modules/jest/bin/jest.js --json --outputFile=.tmp/jest.json "$@" || status=$?
# shellcheck disable=SC2016 # the $ is JavaScript's, inside a single-quoted script
node -e '
  const r = JSON.parse(require("fs").readFileSync(".tmp/jest.json", "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' || true
exit "$status"
