#!/usr/bin/env bash
# The main job, locally: a release of the built-in sample product through the built bundles, as a
# runner would run them, against the embedded GitHub emulator: release notes, checksums, publish,
# a re-run that changes nothing, and verification of a download.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
exec node scripts/demo.mjs "$@"
