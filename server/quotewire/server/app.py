"""Assemble and run the gRPC server: the servicer, health, reflection, limits, and a graceful stop on SIGTERM."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from quotewire import defaults
from quotewire.server.call_threads import CallThreads
from quotewire.server.engine_slot import Attributor, EngineSlot
from quotewire.server.handlers import add_service
from quotewire.server.metrics import ServerMetrics
from quotewire.server.servicer import QuoteAttributionServicer
from quotewire.server.validation import DEFAULT_MAX_CHARS, Limits
from quotewire.transport import MAX_MESSAGE_BYTES, MAX_RESPONSE_BYTES, SERVICE_NAME, server_options

if TYPE_CHECKING:
    from quotewire.server.workers import WorkerProcess

log = logging.getLogger(__name__)

DEFAULT_GRACE_S = defaults.GRACE_S
# RPC threads only wait for the engines (the queue bounds how many wait); the rest answer refusals and health.
DEFAULT_MAX_WORKERS = 64
# Threads beyond the slot's capacity, for streams, refusals and health checks.
SPARE_THREADS = 32
DEFAULT_METRICS_HOST = defaults.METRICS_HOST


def host_port(host: str, port: int) -> str:
    """The address to bind: an IPv6 host goes in brackets ("[::1]:50051")."""
    if ":" in host and not host.startswith("["):
        return f"[{host}]:{port}"
    return f"{host}:{port}"


class BindError(OSError):
    """The server could not listen on the address asked for."""


def create_server(
    address: str,
    engine: Attributor | EngineSlot,
    *,
    max_workers: int = DEFAULT_MAX_WORKERS,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_response_bytes: int = MAX_RESPONSE_BYTES,
    credentials: grpc.ServerCredentials | None = None,
    interceptors: Sequence[grpc.ServerInterceptor] = (),
    metrics: ServerMetrics | None = None,
) -> tuple[grpc.Server, int]:
    """Build a server bound to `address` (port 0 picks a free one), not yet started; returns it and its port.

    Pass an empty EngineSlot to start answering health checks (NOT_SERVING) before the models are loaded.
    `credentials` turns on TLS; `interceptors` run before every call (authentication, metrics).
    """
    slot = engine if isinstance(engine, EngineSlot) else EngineSlot(engine)
    server = grpc.server(
        CallThreads(max_workers),  # a call past max_workers is refused by the servicer, with a pushback, and logged
        options=server_options(max_message_bytes),
        interceptors=list(interceptors),
    )
    add_service(QuoteAttributionServicer(slot, Limits(max_chars=max_chars), metrics, max_response_bytes), server)
    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    slot.watch(lambda serving: report_health(health_servicer, serving))
    reflection.enable_server_reflection((SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME), server)
    try:
        if credentials is None:
            port = server.add_insecure_port(address)
        else:
            port = server.add_secure_port(address, credentials)
    except RuntimeError as exc:
        raise BindError(f"cannot listen on {address}: {exc}") from None
    if port == 0:
        raise BindError(f"cannot listen on {address}")
    return server, port


def report_health(health_servicer: health.HealthServicer, serving: bool) -> None:
    """The service and the server as a whole ("") share one status."""
    status = health_pb2.HealthCheckResponse.SERVING if serving else health_pb2.HealthCheckResponse.NOT_SERVING
    for service in (SERVICE_NAME, ""):
        health_servicer.set(service, status)


def default_workers() -> int:
    """One worker process per core this process may use."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def serve(
    host: str,
    port: int,
    *,
    models_dir: Path | None = None,
    workers: int | None = None,
    max_queue: int | None = None,
    torch_threads: int = 1,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
    grace_s: float = DEFAULT_GRACE_S,
    metrics_port: int | None = None,
    metrics_host: str = DEFAULT_METRICS_HOST,
    credentials: grpc.ServerCredentials | None = None,
    interceptors: Sequence[grpc.ServerInterceptor] = (),
    log_format: str = "text",
    memory_limit: int | None = None,
) -> None:
    """Listen at once (health NOT_SERVING), load the models, serve until SIGTERM/SIGINT, then drain and return.

    `workers` engine processes (default: one per core; 0 runs one engine in this process) each use
    `torch_threads` threads and at most `memory_limit` bytes (default: workers.DEFAULT_MEMORY_LIMIT; 0: no
    limit). Their processes start before gRPC does. Metrics are served on `metrics_host` (loopback by default:
    they carry no authentication). Raises quotewire.engine.ModelsError when the models cannot be loaded,
    BindError when the port is taken.
    """
    count = default_workers() if workers is None else workers
    metrics = ServerMetrics()
    if metrics_port is not None:
        bound_metrics = metrics.serve_http(metrics_host, metrics_port)
        log.info("metrics on http://%s/metrics", host_port(metrics_host, bound_metrics))
    pool: list[WorkerProcess] = []
    if count > 0:
        from quotewire.server.workers import DEFAULT_MEMORY_LIMIT, WorkerProcess, worker_context

        context = worker_context()
        limit = DEFAULT_MEMORY_LIMIT if memory_limit is None else memory_limit
        pool = [WorkerProcess(i, models_dir, torch_threads=torch_threads, context=context, log_format=log_format,
                              memory_limit=limit or None)
                for i in range(count)]
        for worker in pool:
            worker.launch()  # before gRPC starts its threads; they load their models meanwhile

    slot = EngineSlot(max_queue=max_queue, observer=metrics)
    threads = max(DEFAULT_MAX_WORKERS, slot.capacity_for(max(1, count)) + SPARE_THREADS)
    try:
        # Past `threads` calls at once the servicer answers RESOURCE_EXHAUSTED at once (call_threads.py): no call
        # waits unanswered for a thread.
        server, bound = create_server(host_port(host, port), slot, max_chars=max_chars, max_workers=threads,
                                      max_message_bytes=max_message_bytes, credentials=credentials,
                                      interceptors=interceptors, metrics=metrics)
    except BaseException:
        for worker in pool:
            worker.close(timeout=0)
        raise
    stopping = threading.Event()

    def stop(signum: int, frame: FrameType | None) -> None:
        """First signal: report NOT_SERVING and drain for grace_s; a second one stops at once."""
        grace = None if stopping.is_set() else grace_s
        stopping.set()
        log.info("%s received; stopping (grace %s s)", signal.Signals(signum).name, grace)
        slot.close()
        server.stop(grace)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        server.start()
        log.info("listening on %s:%d; loading models (%s)", host, bound,
                 f"{count} worker processes" if count else "in this process")
        try:
            runners = load_runners(pool, models_dir, torch_threads)
        except BaseException:
            server.stop(None)
            for worker in pool:
                worker.close(timeout=0)
            raise
        if not stopping.is_set():
            slot.fill(*runners)
            metrics.workers.set(len(runners))
            log.info("serving with models %s", slot.model_version)
        server.wait_for_termination()
        slot.shutdown(timeout=grace_s)
        if not slot.runners:  # stopped while loading: the workers never joined the slot
            for worker in pool:
                worker.close(timeout=0)
        log.info("stopped")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def load_runners(pool: Sequence[WorkerProcess], models_dir: Path | None,
                 torch_threads: int) -> Sequence[Attributor]:
    """The workers once each has its models, or (no workers) an engine loaded here."""
    if not pool:
        from quotewire.engine import Engine

        return [Engine.load(models_dir, torch_threads=torch_threads)]
    for worker in pool:
        worker.wait_ready()
    return pool
