"""Assemble and run the gRPC server: the servicer, health, reflection, limits, and a graceful stop on SIGTERM."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import FrameType

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from quotewire.server.engine_slot import Attributor, EngineSlot
from quotewire.server.handlers import add_service
from quotewire.server.servicer import QuoteAttributionServicer
from quotewire.server.validation import DEFAULT_MAX_CHARS, Limits
from quotewire.transport import MAX_MESSAGE_BYTES, SERVICE_NAME, server_options

log = logging.getLogger(__name__)

DEFAULT_GRACE_S = 10.0
# Engine calls are serialised, so extra threads only wait; a few let health and reflection answer meanwhile.
DEFAULT_MAX_WORKERS = 8


class BindError(OSError):
    """The server could not listen on the address asked for."""


def create_server(
    address: str,
    engine: Attributor | EngineSlot,
    *,
    max_workers: int = DEFAULT_MAX_WORKERS,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_concurrent_rpcs: int | None = None,
    credentials: grpc.ServerCredentials | None = None,
    interceptors: Sequence[grpc.ServerInterceptor] = (),
) -> tuple[grpc.Server, int]:
    """Build a server bound to `address` (port 0 picks a free one), not yet started; returns it and its port.

    Pass an empty EngineSlot to start answering health checks (NOT_SERVING) before the models are loaded.
    `credentials` turns on TLS; `interceptors` run before every call (authentication, metrics).
    """
    slot = engine if isinstance(engine, EngineSlot) else EngineSlot(engine)
    server = grpc.server(
        ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="quotewire-rpc"),
        options=server_options(max_message_bytes),
        maximum_concurrent_rpcs=max_concurrent_rpcs,
        interceptors=list(interceptors),
    )
    add_service(QuoteAttributionServicer(slot, Limits(max_chars=max_chars)), server)
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


def serve(
    host: str,
    port: int,
    *,
    models_dir: Path | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
    grace_s: float = DEFAULT_GRACE_S,
    credentials: grpc.ServerCredentials | None = None,
    interceptors: Sequence[grpc.ServerInterceptor] = (),
) -> None:
    """Listen at once (health NOT_SERVING), load the models, serve until SIGTERM/SIGINT, then drain and return.

    Raises quotewire.engine.ModelsError when the models cannot be loaded, BindError when the port is taken.
    """
    from quotewire.engine import Engine

    slot = EngineSlot()
    server, bound = create_server(f"{host}:{port}", slot, max_chars=max_chars, max_message_bytes=max_message_bytes,
                                  credentials=credentials, interceptors=interceptors)
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
        log.info("listening on %s:%d; loading models", host, bound)
        try:
            engine = Engine.load(models_dir)
        except BaseException:
            server.stop(None)
            raise
        if not stopping.is_set():
            slot.fill(engine)
            log.info("serving with models %s from %s", engine.model_version, engine.models_dir)
        server.wait_for_termination()
        log.info("stopped")
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
