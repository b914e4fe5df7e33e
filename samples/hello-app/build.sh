#!/usr/bin/env bash
# Builds one target of the sample product into dist/<target>/: build.sh <target> <version>.
#   linux-x64    the CLI for Linux (gcc), packed as a reproducible tar.gz
#   windows-x64  the CLI for Windows (x86_64-w64-mingw32-gcc), a real PE .exe
#   backend      the FastAPI backend with a start script, packed as a tar.gz
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${1:?target: linux-x64, windows-x64 or backend}
version=${2:?version}
out="$here/dist/$target"
rm -rf "$out"
mkdir -p "$out"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
pack() { # fixed owner, mode and time: the same sources give the same bytes
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' -C "$stage" -cf - . | gzip -n > "$1"
}
case "$target" in
  linux-x64)
    gcc -O2 -s -DVERSION="\"$version\"" -o "$stage/hello-app" "$here/src/hello.c"
    pack "$out/hello-app.tar.gz"
    ;;
  windows-x64)
    x86_64-w64-mingw32-gcc -O2 -s -DVERSION="\"$version\"" -o "$out/hello-app.exe" "$here/src/hello.c"
    ;;
  backend)
    cp "$here/backend/app.py" "$stage/app.py"
    printf '#!/bin/sh\n# Starts the backend: start.sh [port]\ncd "$(dirname "$0")"\nHELLO_VERSION=%s exec /usr/bin/python3 -m uvicorn app:app --host 127.0.0.1 --port "${1:-8000}"\n' "$version" > "$stage/start.sh"
    chmod +x "$stage/start.sh"
    pack "$out/hello-app-backend.tar.gz"
    ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
ls "$out"
