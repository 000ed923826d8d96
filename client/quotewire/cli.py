"""The `quotewire` command: parse, call, print; each failure is one line on stderr and a documented exit code.

Exit codes: 0 ok, 1 an article was refused or failed, 2 usage, 3 server unreachable, 4 deadline exceeded.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from quotewire import defaults, errors, output
from quotewire.articles import article_from_bytes, read_article
from quotewire.client import QuotewireClient
from quotewire.credentials import TOKEN_ENV, CredentialsError, resolve_token
from quotewire.transport import DEFAULT_PORT, DEFAULT_TARGET, MAX_MESSAGE_BYTES, channel_target
from quotewire.v1 import article_pb2

EXIT_FAILED = 1
EXIT_UNREACHABLE = 3
EXIT_TIMEOUT = 4
STDIN = "-"


class CliError(click.ClickException):
    """A user-facing failure: a one-line message; the class sets the exit code."""

    exit_code = EXIT_FAILED


class UnreachableError(CliError):
    """No server answered at the target."""

    exit_code = EXIT_UNREACHABLE


class TimedOutError(CliError):
    """The deadline passed."""

    exit_code = EXIT_TIMEOUT


def cli_error_class(error: errors.QuotewireError) -> type[CliError]:
    """Scripts can tell "fix your input" from "the server is not there" from "too slow"."""
    if isinstance(error, errors.ServerUnavailableError):
        return UnreachableError
    if isinstance(error, errors.DeadlineExceededError):
        return TimedOutError
    return CliError


def cli_error(error: errors.QuotewireError, target: str) -> CliError:
    """Name the server when it could not be reached; otherwise the server's own message says it all."""
    if isinstance(error, errors.ServerUnavailableError):
        return UnreachableError(f"cannot reach the quotewire server at {target}: {error.message}")
    return cli_error_class(error)(error.message)


SERVER_PACKAGES = ("quotewire.server", "quotewire.engine", "stanza", "torch", "grpc_health", "grpc_reflection")
BATCH_PACKAGES = ("quotewire.batch", "ray", "pyarrow", "pandas")
DEVICES = ("cpu", "cuda")


def needs_server() -> None:
    """The server's commands import quotewire-server where they run, so the client-only install still runs every
    other command; without it they stop with one line saying what to install."""
    missing = [package for package in SERVER_PACKAGES if importlib.util.find_spec(package) is None]
    if missing:
        raise CliError(f"this command needs the server (pip install quotewire-server; from a checkout: "
                       f"pip install ./server); missing: {', '.join(missing)}")


def needs_batch() -> None:
    """`batch` also needs the batch extra (Ray Data, pyarrow), which neither the client nor the server pulls in."""
    needs_server()
    missing = [package for package in BATCH_PACKAGES if importlib.util.find_spec(package) is None]
    if missing:
        raise CliError(f"this command needs the batch extra (pip install 'quotewire-server[batch]'; from a "
                       f"checkout: pip install './server[batch]'); missing: {', '.join(missing)}")


FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@dataclass(frozen=True)
class Connection:
    """Where the servers are and how to prove who we are to them, as the connection options gave it."""

    servers: tuple[str, ...]
    ca_file: Path | None
    cert_file: Path | None
    key_file: Path | None
    token_file: Path | None
    tls: bool
    tls_server_name: str | None

    def client(self, timeout: float | None = 60.0) -> QuotewireClient:
        """A client over one channel to every server given (round robin)."""
        try:
            target = channel_target(self.servers)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="'--server'") from None
        try:
            return QuotewireClient(target, timeout=timeout, ca_file=self.ca_file, cert_file=self.cert_file,
                                   key_file=self.key_file, token=resolve_token(self.token_file), tls=self.tls,
                                   server_name=self.tls_server_name)
        except CredentialsError as exc:
            raise CliError(str(exc)) from None
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None


CONNECTION_OPTIONS = (
    click.option("--server", "servers", multiple=True, default=(DEFAULT_TARGET,), show_default=True,
                 envvar="QUOTEWIRE_SERVER",
                 help="host:port of a quotewire server (or $QUOTEWIRE_SERVER); give several, or comma-separated IP "
                      "addresses, or dns:///name:port, and calls take turns over them."),
    click.option("--tls", is_flag=True, help="Use TLS, trusting the system's CAs (implied by --ca and --cert)."),
    click.option("--ca", "ca_file", type=FILE, default=None, help="Use TLS, trusting this CA certificate (PEM)."),
    click.option("--cert", "cert_file", type=FILE, default=None,
                 help="Client certificate (PEM) for a server that requires mutual TLS; needs --key."),
    click.option("--key", "key_file", type=FILE, default=None, help="Private key (PEM) of --cert."),
    click.option("--tls-server-name", default=None,
                 help="The name the servers' certificates carry, when not the --server host (needed for several "
                      "IP addresses)."),
    click.option("--token-file", type=FILE, default=None,
                 help=f"File holding the bearer token to send [default: ${TOKEN_ENV}, if set]."),
)


def connection_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the --server, TLS and token options; the command gets them as one `connection` argument."""

    @functools.wraps(command)
    def with_connection(*args: Any, servers: tuple[str, ...], tls: bool, ca_file: Path | None,
                        cert_file: Path | None, key_file: Path | None, tls_server_name: str | None,
                        token_file: Path | None, **kwargs: Any) -> Any:
        connection = Connection(servers, ca_file, cert_file, key_file, token_file, tls, tls_server_name)
        return command(*args, connection=connection, **kwargs)

    for option in reversed(CONNECTION_OPTIONS):
        with_connection = option(with_connection)
    return with_connection


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotewire")
def cli() -> None:
    """Find the quotes in news articles and who said them."""


@cli.command()
@click.option("--host", default=defaults.HOST, show_default=True, help="Address to listen on ('0.0.0.0' for all).")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port to listen on; 0 picks a free one (logged).")
@click.option("--models", "models_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Stanza resources dir [default: $QUOTEWIRE_MODELS, $STANZA_RESOURCES_DIR, or the bundled models]")
@click.option("--max-chars", type=click.IntRange(min=1), default=defaults.MAX_CHARS, show_default=True,
              help="Longest article accepted, in characters.")
@click.option("--max-message-bytes", type=click.IntRange(min=1024), default=MAX_MESSAGE_BYTES, show_default=True,
              help="Largest gRPC message accepted or sent.")
@click.option("--grace", type=click.FloatRange(min=0), default=defaults.GRACE_S, show_default=True,
              help="Seconds in-flight calls get to finish after SIGTERM.")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Engine processes, each with its own models [default: one per core; 0: one, in this process].")
@click.option("--max-queue", type=click.IntRange(min=1), default=None,
              help="Articles that may wait for a free worker before calls get RESOURCE_EXHAUSTED "
                   f"[default: {defaults.QUEUE_PER_WORKER} per worker]. A call whose deadline the queued work "
                   "would outlast is refused sooner, with the time to retry after.")
@click.option("--worker-memory", type=click.IntRange(min=0), default=None,
              help="MiB of memory a worker may hold; an article that needs more fails alone (RESOURCE_EXHAUSTED) "
                   f"and its worker is replaced. 0: no limit [default: {defaults.WORKER_MEMORY_MIB}; with --device "
                   "cuda, no limit: CUDA's libraries alone hold more].")
@click.option("--device", type=click.Choice(DEVICES), default="cpu", show_default=True, envvar="QUOTEWIRE_DEVICE",
              help="Where the models run: cpu (LSTMs in int8) or cuda (the GPU, in float) [also: $QUOTEWIRE_DEVICE].")
@click.option("--torch-threads", type=click.IntRange(min=1), default=defaults.TORCH_THREADS, show_default=True,
              help="torch threads per worker.")
@click.option("--metrics-port", type=click.IntRange(0, 65535), default=None,
              help="Serve Prometheus metrics at http://METRICS-HOST:PORT/metrics [default: off].")
@click.option("--no-fast-paths", is_flag=True, default=False,
              help="Run plain Stanza, without quotewire's patches (same answers, slower) [also: "
                   "QUOTEWIRE_NO_FAST_PATHS=1].")
@click.option("--metrics-host", default=defaults.METRICS_HOST, show_default=True,
              help="Address the metrics listen on; they carry no authentication, so keep them off public addresses.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="json: one object per line, with request_id and the article's fields on access lines.")
@click.option("--tls-cert", type=FILE, default=None, help="Serve TLS with this certificate (PEM); needs --tls-key.")
@click.option("--tls-key", type=FILE, default=None, help="Private key (PEM) of --tls-cert.")
@click.option("--tls-client-ca", type=FILE, default=None,
              help="Require client certificates signed by this CA (mutual TLS); needs --tls-cert.")
@click.option("--token-file", type=FILE, default=None,
              help=f"Require this bearer token on attribution calls [default: ${TOKEN_ENV}, if set]; health and "
                   "reflection stay open.")
def serve(host: str, port: int, models_dir: Path | None, max_chars: int, max_message_bytes: int,
          grace: float, workers: int | None, max_queue: int | None, worker_memory: int | None, device: str,
          torch_threads: int, no_fast_paths: bool, metrics_port: int | None, metrics_host: str, log_format: str,
          tls_cert: Path | None, tls_key: Path | None, tls_client_ca: Path | None, token_file: Path | None) -> None:
    """Serve attribution over gRPC until SIGTERM or Ctrl-C (health: NOT_SERVING until the models load)."""
    if no_fast_paths:
        os.environ["QUOTEWIRE_NO_FAST_PATHS"] = "1"  # read by every worker as it loads its pipeline
    needs_server()
    from quotewire.engine import ModelsError
    from quotewire.server import app, logs

    use_device(device)
    if worker_memory is None:
        worker_memory = 0 if device == "cuda" else defaults.WORKER_MEMORY_MIB
    credentials, interceptors = server_security(tls_cert, tls_key, tls_client_ca, token_file)
    logs.configure_logging(log_format)
    try:
        app.serve(host, port, models_dir=models_dir, max_chars=max_chars, max_message_bytes=max_message_bytes,
                  grace_s=grace, workers=workers, max_queue=max_queue, torch_threads=torch_threads,
                  metrics_port=metrics_port, metrics_host=metrics_host, memory_limit=worker_memory * 2**20,
                  log_format=log_format, credentials=credentials,
                  interceptors=interceptors)
    except (ModelsError, app.BindError) as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:  # the metrics port is taken
        raise CliError(f"cannot serve metrics on port {metrics_port}: {exc.strerror or exc}") from None


def use_device(device: str) -> None:
    """Check the device here, so a missing GPU is one line at once; every engine the server loads reads it."""
    from quotewire.engine import DeviceError
    from quotewire.engine.nlp.device import DEVICE_ENV, choose_device

    try:
        os.environ[DEVICE_ENV] = choose_device(device)
    except DeviceError as exc:
        raise CliError(str(exc)) from None


def server_security(tls_cert: Path | None, tls_key: Path | None, tls_client_ca: Path | None,
                    token_file: Path | None) -> tuple[Any, list[Any]]:
    """`serve`'s TLS credentials (None: plaintext) and interceptors (a token check when a token is set)."""
    if (tls_cert is None) != (tls_key is None):
        raise click.UsageError("--tls-cert and --tls-key go together")
    if tls_client_ca is not None and tls_cert is None:
        raise click.UsageError("--tls-client-ca needs --tls-cert and --tls-key")
    needs_server()
    from quotewire.server import security

    try:
        credentials = None
        if tls_cert is not None and tls_key is not None:  # both or neither, checked above
            credentials = security.server_credentials(tls_cert, tls_key, tls_client_ca)
        token = resolve_token(token_file)
    except CredentialsError as exc:
        raise CliError(str(exc)) from None
    return credentials, [] if token is None else [security.BearerTokenInterceptor(token)]


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the Parquet tables quotes/ and articles/; run again on it to do what is left.")
@click.option("--address", default=None,
              help="A Ray cluster to run on (e.g. ray://head:10001, or auto) [default: Ray on this machine, "
                   "started for the run].")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Engines, one per Ray actor, each with its own models [default: one per CPU Ray has; with "
                   "--device cuda, one per GPU].")
@click.option("--device", type=click.Choice(DEVICES), default="cpu", show_default=True,
              help="Where the models run: cpu (LSTMs in int8) or cuda (a GPU per engine, or a share of one).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles per batch, and per part of the output [default: enough batches that no engine waits "
                   "long at the end, at most 64].")
@click.option("--models", "models_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Stanza resources dir [default: $QUOTEWIRE_MODELS, $STANZA_RESOURCES_DIR, or the bundled models]")
@click.option("--max-chars", type=click.IntRange(min=1), default=defaults.MAX_CHARS, show_default=True,
              help="Longest article accepted, in characters (longer ones are error rows, as the server refuses "
                   "them).")
@click.option("--torch-threads", type=click.IntRange(min=1), default=defaults.TORCH_THREADS, show_default=True,
              help="torch threads per engine.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr [default: when stderr is a terminal].")
@click.pass_context
def batch(ctx: click.Context, inputs: tuple[Path, ...], output: Path, address: str | None, workers: int | None,
          device: str, batch_size: int | None, models_dir: Path | None, max_chars: int, torch_threads: int,
          progress: bool | None) -> None:
    """Attribute every article in INPUT... (folders of .txt files, .jsonl, .parquet) into Parquet tables.

    JSON Lines and Parquet rows carry id and text, and optionally title, url, publish_time and language. Each
    article is a row of OUTPUT/articles (done, or error with the server's reason) and its quotes rows of
    OUTPUT/quotes. Stopped at any point, it does only what is left when run again.
    """
    needs_batch()
    from quotewire.batch import InputError, OutputError, run_batch
    from quotewire.engine import DeviceError, ModelsError

    wanted = sys.stderr.isatty() if progress is None else progress

    @contextmanager
    def bar(total: int) -> Iterator[Callable[[int], None]]:
        if not wanted:
            yield lambda n: None
            return
        with click.progressbar(length=total, label=f"attributing {total:,} articles", show_pos=True,
                               file=sys.stderr) as shown:
            yield shown.update

    try:
        summary = run_batch(inputs, output, workers=workers, device=device, batch_size=batch_size, address=address,
                            models_dir=models_dir, torch_threads=torch_threads, max_chars=max_chars, progress=bar)
    except (InputError, OutputError, DeviceError, ModelsError) as exc:
        raise CliError(str(exc)) from None
    except KeyboardInterrupt:
        raise CliError(f"stopped; the articles finished so far are in {output}: run the same command again to do "
                       "the rest") from None
    click.echo(summary.line())
    if summary.errors:
        ctx.exit(EXIT_FAILED)


@contextmanager
def progress_bar(articles: int, wanted: bool | None) -> Iterator[Callable[[], None]]:
    """Advance a bar on stderr per finished article: asked for, or by default when it cannot mix into the output.

    stdout stays untouched, so JSON Lines piped elsewhere are clean; on a terminal of its own the bar is drawn.
    """
    if wanted is None:
        wanted = sys.stderr.isatty() and not sys.stdout.isatty()
    if not wanted or articles < 2:
        yield lambda: None
        return
    with click.progressbar(length=articles, label=f"attributing {articles} articles", show_pos=True,
                           file=sys.stderr) as bar:
        yield lambda: bar.update(1)


def load_articles(paths: Sequence[str]) -> list[article_pb2.Article]:
    """Read every input before calling the server, so a bad file fails fast and by name."""
    articles = []
    for path in paths:
        if path == STDIN:
            with click.open_file(STDIN, "rb") as stdin:
                articles.append(article_from_bytes(stdin.read(), article_id="stdin"))
        else:
            articles.append(read_article(path))
    return articles


@cli.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@connection_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="text: a table per article; json: the responses; jsonl: one line per article, in input order.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds allowed per article.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr for several files [default: when stderr is a terminal and stdout "
                   "is not].")
@click.pass_context
def attribute(ctx: click.Context, files: tuple[str, ...], connection: Connection, fmt: str, timeout: float,
              progress: bool | None) -> None:
    """Attribute the quotes in FILE... (UTF-8 text; '-' reads stdin) through a running server."""
    try:
        articles = load_articles(files)
    except errors.QuotewireError as exc:
        raise CliError(exc.message) from None
    printer = output.Printer(fmt, many=len(articles) > 1)
    with connection.client(timeout=timeout) as client, progress_bar(len(articles), progress) as advance:
        try:
            for entry in client.attribute_many(articles, timeout=timeout * len(articles)):
                printer.add(entry)
                advance()
        except errors.QuotewireError as exc:
            raise cli_error(exc, client.target) from None
    printer.finish()
    if printer.failures:
        ctx.exit(cli_error_class(printer.failures[0]).exit_code)


@cli.command()
@connection_options
@click.option("--wait", type=click.FloatRange(min=0), default=0.0, show_default=True,
              help="Keep asking for up to this many seconds until the server is SERVING.")
@click.pass_context
def health(ctx: click.Context, connection: Connection, wait: float) -> None:
    """Print the server's health status; exit 0 only when it is SERVING."""
    give_up_at = time.monotonic() + wait
    with connection.client() as client:
        while True:
            try:
                status = client.health()
            except errors.ServerUnavailableError as exc:
                if time.monotonic() >= give_up_at:
                    raise cli_error(exc, client.target) from None
            else:
                if status == "SERVING" or time.monotonic() >= give_up_at:
                    break
            time.sleep(0.2)
    click.echo(status)
    if status != "SERVING":
        ctx.exit(EXIT_FAILED)


@cli.group()
def models() -> None:
    """Find or fetch the Stanza models the server runs on."""


@models.command("path")
def models_path() -> None:
    """Print the bundled models dir (the default for `quotewire serve`)."""
    needs_server()
    from quotewire.engine.nlp.resources import bundled_models_dir

    click.echo(bundled_models_dir())


@models.command("download")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def models_download(directory: Path) -> None:
    """Download Stanza's official English models into DIRECTORY (needs Stanza's model hub)."""
    needs_server()
    from quotewire.engine import ModelsError
    from quotewire.engine.nlp.resources import download_models

    try:
        where = download_models(directory)
    except ModelsError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"{directory}: {exc.strerror or exc}") from None
    click.echo(f"downloaded Stanza English models to {where}; use: quotewire serve --models {where}")


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: the only place that exits the process."""
    try:
        code = cli.main(args=argv, prog_name="quotewire", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
