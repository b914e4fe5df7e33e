#!/usr/bin/env bash
# Prepares a fresh Debian machine (as root) or a developer's one: the Debian packages listed in
# scripts/debian-packages.txt when missing, Node.js/npm when missing, and `npm ci` when the lock changed.
set -euo pipefail
cd "$(dirname "$0")/.."

wanted=()
while read -r package _; do
  [[ -z "$package" || "$package" == \#* ]] && continue
  wanted+=("$package")
done < scripts/debian-packages.txt
command -v npm >/dev/null 2>&1 || wanted+=(nodejs npm)

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      echo "setup: missing Debian packages: ${missing[*]} (run as root, or install them)" >&2
      exit 1
    fi
  fi
  echo "setup: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

stamp=node_modules/.release-kit-lock
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_sum" ]]; then
  echo "setup: npm ci"
  mkdir -p .tmp
  if ! npm ci --no-audit --no-fund --loglevel=error >.tmp/npm-ci.log 2>&1; then
    reason=$(grep -m1 -E 'npm (error|ERR!) (code|Invalid|Missing|notarget|[A-Z])' .tmp/npm-ci.log | sed -E 's/^npm (error|ERR!) //')
    echo "setup: npm ci failed (${reason:-see .tmp/npm-ci.log}); package-lock.json must resolve every package from the registry: run 'npm install' to refresh it, then 'npx jest test/repo/lockfile.test.ts'; full log in .tmp/npm-ci.log" >&2
    exit 1
  fi
  echo "$lock_sum" > "$stamp"
fi
