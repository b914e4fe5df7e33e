#!/usr/bin/env bash
# Builds the sample's release artifacts into $1 (default: dist): one archive a platform, named the way
# release pipelines name them, one with a space to show that names survive the trip.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-dist}
version=$(sed -n "s/^const VERSION = '\(.*\)';/\1/p" "$here/hello.mjs")
mkdir -p "$out"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp "$here/hello.mjs" "$stage/hello"
chmod +x "$stage/hello"
for target in linux-x64 linux-arm64 darwin-arm64 win-x64; do
  # Fixed owner, mode and time: the same sources give the same bytes.
  echo "$target" > "$stage/TARGET"
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' -C "$stage" -cf - hello TARGET \
    | gzip -n > "$out/hello-cli-$version-$target.tar.gz"
done
cp "$here/hello.mjs" "$out/hello-cli $version (portable).mjs"
echo "$version"
