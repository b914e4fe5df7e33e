#!/usr/bin/env bash
# `release-kit rehearse` on the built-in sample product (a C program for Linux and Windows, a FastAPI
# backend), put in a git repository with Conventional Commits: the kit's real release workflow run
# locally, job by job (plan, one build leg per target, the release job), with throwaway keys and the
# embedded GitHub emulator; then the rehearsal's files are checked as a user checks a download:
# sha256sum -c, gpg --verify, osslsigncode verify, a flipped byte caught, and a re-run of publish that
# writes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
exec node scripts/demo.mjs "$@"
