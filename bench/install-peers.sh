#!/usr/bin/env bash
# Installs the peer stores the benchmark compares against (optional; `ecokg bench --no-peers` needs none):
#   Virtuoso from Debian's virtuoso-opensource package, Oxigraph from npm into bench/peers/node_modules
#   (not committed; see .gitignore). Safe to run again: it skips what is already there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends virtuoso-opensource
fi
if ! command -v node >/dev/null 2>&1; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends nodejs npm
fi
peers="$here/peers"
if [ ! -d "$peers/node_modules/oxigraph" ]; then
  (cd "$peers" && npm install --no-audit --no-fund --loglevel=error)
fi
echo "peers ready: $(command -v virtuoso-t) ; oxigraph $(node -p "require('$peers/node_modules/oxigraph/package.json').version")"
