"""A throwaway certificate authority for tests: a CA, a server certificate for loopback, client certificates."""

from __future__ import annotations

import datetime
import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class Pki:
    """PEM files in one directory: `ca` signed the server's and the client's certificates; `stranger` did not."""

    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    stranger_cert: Path
    stranger_key: Path


def name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def issue(subject: str, key: PrivateKey, issuer: tuple[x509.Name, PrivateKey] | None = None, *,
          extensions: Sequence[x509.ExtensionType] = ()) -> x509.Certificate:
    """A certificate valid for a day; self-signed when no issuer is given (a CA)."""
    now = datetime.datetime.now(datetime.UTC)
    issuer_name, issuer_key = issuer or (name(subject), key)
    builder = (x509.CertificateBuilder()
               .subject_name(name(subject)).issuer_name(issuer_name).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(minutes=5))
               .not_valid_after(now + datetime.timedelta(days=1)))
    builder = builder.add_extension(x509.BasicConstraints(ca=issuer is None, path_length=None), critical=True)
    for extension in extensions:
        builder = builder.add_extension(extension, critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def write(directory: Path, stem: str, certificate: x509.Certificate, key: PrivateKey) -> tuple[Path, Path]:
    cert_path, key_path = directory / f"{stem}.crt", directory / f"{stem}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def make_pki(directory: Path) -> Pki:
    """Write a CA, a server certificate for localhost and 127.0.0.1, and two client certificates."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = issue("quotewire test CA", ca_key)
    ca = (ca_cert.subject, ca_key)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = issue("localhost", server_key, ca, extensions=[
        x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
        x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
    ])
    client_key = ec.generate_private_key(ec.SECP256R1())
    client_cert = issue("newsroom-client", client_key, ca,
                        extensions=[x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH])])
    stranger_key = ec.generate_private_key(ec.SECP256R1())
    stranger_cert = issue("stranger", stranger_key)  # self-signed: no chain to the CA
    ca_path = directory / "ca.crt"
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    return Pki(ca_path, *write(directory, "server", server_cert, server_key),
               *write(directory, "client", client_cert, client_key),
               *write(directory, "stranger", stranger_cert, stranger_key))
