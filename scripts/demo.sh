#!/usr/bin/env bash
# Install, start the server on the bundled models, attribute the seed article through the CLI, stop the server.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"
PORT="${QUOTEWIRE_PORT:-50051}"
ARTICLE="${1:-seeds/000_56c126a6ad4c8956.txt}"

bash scripts/install.sh
"$PYTHON" -m quotewire.cli serve --port "$PORT" 2> >(sed 's/^/[server] /' >&2) &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

# Loading the models takes a while; give up at once if the server dies instead (e.g. models missing).
until "$PYTHON" -m quotewire.cli health --server "localhost:$PORT" >/dev/null 2>&1; do
    kill -0 "$server" 2>/dev/null || { echo "demo.sh: the server exited; see its log above" >&2; exit 1; }
    sleep 1
done
"$PYTHON" -m quotewire.cli attribute --server "localhost:$PORT" "$ARTICLE"
