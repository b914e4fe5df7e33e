#!/usr/bin/env bash
# Every test: type check, shellcheck, unit tests, end-to-end tests of the built bundles, the dist check
# (scripts/check-dist.mjs: each bundle whose build-inputs.json no longer matches the sources is rebuilt and
# byte-compared with dist/; CI's dist job rebuilds them all) and the workflow/action lint. Runs on Node 24
# from the node@24 devDependency. Extra arguments go to jest (the other checks then still run).
# The type check (one tsc over src, test, bench and scripts) and the dist check run beside jest, whose
# end-to-end tests spend much of their time waiting on tools and servers; they are waited for at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
echo "node $(node --version), $(nproc) cores"
mkdir -p .tmp
started=$SECONDS

# One bundle at a time (when any is rebuilt) beside jest's two workers.
node scripts/check-dist.mjs --jobs 1 >.tmp/dist-check.log 2>&1 &
dist_pid=$!
tsc -p test >.tmp/type-check.log 2>&1 &
tsc_pid=$!
trap 'kill "$dist_pid" "$tsc_pid" 2>/dev/null || true' EXIT

failed_checks=()
passed_checks=0
check() { # name, command...: a check outside jest, counted in the closing line
  local name=$1
  shift
  if "$@"; then
    passed_checks=$((passed_checks + 1))
  else
    failed_checks+=("$name")
  fi
}
check "shellcheck scripts/*.sh .ci/run" shellcheck scripts/*.sh .ci/run

status=0
node --experimental-vm-modules node_modules/jest/bin/jest.js --json --outputFile=.tmp/jest.json "$@" || status=$?

waited() { # name, pid, log: a check that ran beside jest
  local name=$1 pid=$2 log=$3 code=0
  wait "$pid" || code=$?
  cat "$log"
  if ((code == 0)); then passed_checks=$((passed_checks + 1)); else failed_checks+=("$name"); fi
}
waited "type check (tsc -p test)" "$tsc_pid" .tmp/type-check.log
waited "dist check (node scripts/check-dist.mjs)" "$dist_pid" .tmp/dist-check.log
trap - EXIT

for name in "${failed_checks[@]}"; do echo "FAILED: $name"; done
# The closing line counts jest's tests and the checks above (type check, shellcheck, dist check).
# shellcheck disable=SC2016 # the $ is JavaScript's, inside a single-quoted script
node -e '
  const [passedChecks, failedChecks, seconds] = process.argv.slice(1).map(Number);
  let r = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numRuntimeErrorTestSuites: 0 };
  try { r = JSON.parse(require("fs").readFileSync(".tmp/jest.json", "utf8")); } catch { r.numRuntimeErrorTestSuites = 1; }
  if (r.numRuntimeErrorTestSuites) console.log(`FAILED: ${r.numRuntimeErrorTestSuites} test file(s) did not run`);
  console.log(`tests: ${r.numPassedTests + passedChecks} passed, ${r.numFailedTests + failedChecks} failed, ${r.numPendingTests} skipped (${seconds} s)`);
' "$passed_checks" "${#failed_checks[@]}" "$((SECONDS - started))" || true
if ((${#failed_checks[@]})); then exit 1; fi
exit "$status"
