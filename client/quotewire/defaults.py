"""The service's defaults, in one place: the CLI shows them and the server uses them (it installs with the client)."""

from __future__ import annotations

PORT = 50051
HOST = "127.0.0.1"  # the server listens on loopback unless told otherwise
METRICS_HOST = "127.0.0.1"  # metrics carry no authentication
MAX_CHARS = 200_000  # the longest article accepted, in characters
GRACE_S = 10.0  # seconds in-flight calls get after SIGTERM
WORKER_MEMORY_MIB = 1536  # resident memory a worker may hold
QUEUE_PER_WORKER = 64  # articles that may wait per worker
TORCH_THREADS = 1  # torch threads per engine: more oversubscribe a busy machine
