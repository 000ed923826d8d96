"""TLS files and bearer tokens, read with errors that name the file; the client and the server share these."""

from __future__ import annotations

import os
from pathlib import Path

import grpc

TOKEN_ENV = "QUOTEWIRE_TOKEN"
PathLike = str | os.PathLike[str]


class CredentialsError(ValueError):
    """A certificate, key or token is missing, unreadable or malformed; the message names the file."""


def read_pem(path: PathLike, what: str) -> bytes:
    """The bytes of a PEM file; `what` ("server certificate", "client CA", ...) goes into the error."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CredentialsError(f"cannot read the {what} {os.fspath(path)}: {exc.strerror or exc}") from None
    if b"-----BEGIN " not in data:
        raise CredentialsError(f"the {what} {os.fspath(path)} is not a PEM file (no '-----BEGIN' line)")
    return data


def check_token(token: str, source: str) -> str:
    """A token travels as an HTTP/2 header value: one word of printable ASCII."""
    token = token.strip()
    if not token:
        raise CredentialsError(f"the bearer token in {source} is empty")
    if not (token.isascii() and token.isprintable()) or any(char.isspace() for char in token):
        raise CredentialsError(f"the bearer token in {source} must be one word of printable ASCII")
    return token


def read_token(path: PathLike) -> str:
    """The bearer token in a file (surrounding whitespace and a final newline are ignored)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CredentialsError(f"cannot read the token file {os.fspath(path)}: {reason}") from None
    return check_token(text, f"the token file {os.fspath(path)}")


def resolve_token(token_file: PathLike | None) -> str | None:
    """The token from `token_file`, else from $QUOTEWIRE_TOKEN, else None (no authentication)."""
    if token_file is not None:
        return read_token(token_file)
    from_env = os.environ.get(TOKEN_ENV, "")
    return check_token(from_env, f"${TOKEN_ENV}") if from_env.strip() else None


def channel_credentials(
    ca_file: PathLike | None = None,
    cert_file: PathLike | None = None,
    key_file: PathLike | None = None,
) -> grpc.ChannelCredentials:
    """TLS for a client: trust `ca_file` (else the system's CAs), and present a certificate when the server asks."""
    if (cert_file is None) != (key_file is None):
        raise CredentialsError("a client certificate needs its private key, and a key its certificate")
    return grpc.ssl_channel_credentials(
        root_certificates=read_pem(ca_file, "CA certificate") if ca_file is not None else None,
        private_key=read_pem(key_file, "client key") if key_file is not None else None,
        certificate_chain=read_pem(cert_file, "client certificate") if cert_file is not None else None,
    )
