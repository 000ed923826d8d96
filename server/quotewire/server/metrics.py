"""Prometheus metrics for the server: articles by status code, latency, queue depth, workers and their restarts.

One registry per server (not the library's global one), so tests and several servers in one process stay apart.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

# Attribution takes 0.1 s to tens of seconds; the buckets cover that range, with the interesting part dense.
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)


class ServerMetrics:
    """The counters the servicer and the engine slot update."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.articles = Counter("quotewire_articles", "Articles answered, by RPC and gRPC status code.",
                                ["rpc", "code"], registry=self.registry)
        self.latency = Histogram("quotewire_article_seconds", "Time from receiving an article to answering it.",
                                 ["rpc"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.queue = Gauge("quotewire_queue_depth", "Articles waiting for a free worker.", registry=self.registry)
        self.workers = Gauge("quotewire_workers", "Engines taking work (worker processes, or 1 in-process).",
                             registry=self.registry)
        self.restarts = Counter("quotewire_worker_restarts", "Worker processes that died and were replaced.",
                                registry=self.registry)

    def article_done(self, rpc: str, code: str, seconds: float) -> None:
        self.articles.labels(rpc, code).inc()
        self.latency.labels(rpc).observe(seconds)

    def queue_depth(self, depth: int) -> None:
        self.queue.set(depth)

    def worker_restarted(self) -> None:
        self.restarts.inc()

    def serve_http(self, host: str, port: int) -> int:
        """Expose /metrics over HTTP; returns the port (port 0 picks a free one)."""
        server, _thread = start_http_server(port, addr=host, registry=self.registry)
        return int(server.server_port)
