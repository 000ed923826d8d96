#!/usr/bin/env bash
# Install quotewire for development: the client (.), the server (./server) and the test tools, into the current
# Python, both editable.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"

# torch first and pinned: left to the resolver, the server's torch range may pull a multi-GB CUDA build.
PIP=("$PYTHON" -m pip install --quiet --root-user-action=ignore)
"${PIP[@]}" "torch==2.13.0"
"${PIP[@]}" -e '.[dev]' -e './server[batch]'  # batch: Ray Data and pyarrow, for quotewire batch and its tests
