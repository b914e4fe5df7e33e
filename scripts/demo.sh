#!/usr/bin/env bash
# The main job, locally: a release of the built-in sample product through the built bundles, as a
# runner would run them. Today it runs the checksum slice: write SHA256SUMS + SHA512SUMS for the
# sample's artifacts, check them with coreutils, then verify them through the action.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
exec node scripts/demo.mjs "$@"
