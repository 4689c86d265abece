#!/usr/bin/env bash
# Runs the benchmark: `bench/run.sh [--no-peers] [--scales 1,10,100] …` (options as `ecokg bench --help`).
# Installs the peers first unless --no-peers is given, and keeps its scratch data under bench/work.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
case " $* " in
  *" --no-peers "*) ;;
  *) bash "$here/install-peers.sh" ;;
esac
exec ./ecokg bench "$@"
