#!/usr/bin/env bash
# The main job, locally: a release of the built-in sample product (a C program for Linux and Windows,
# a FastAPI backend) through the built bundles, as a runner would run them, in the order of the
# reusable release workflow: plan, build, codesign (Authenticode + GPG, throwaway keys), checksum,
# smoke-test, release notes, publish to the embedded GitHub emulator; then a re-run that changes
# nothing and a user's download checked with coreutils, gpg and osslsigncode.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
exec node scripts/demo.mjs "$@"
