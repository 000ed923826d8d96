"""The client installs and imports without the server's heavy dependencies."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("stanza", "torch", "quotewire.engine", "quotewire.server")


def test_client_and_cli_import_without_stanza_or_torch() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import quotewire.client, quotewire.cli"],
        capture_output=True, text=True, timeout=120, check=True)
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "quotewire.client" in imported
    heavy = sorted(name for name in imported if name.startswith(HEAVY))
    assert heavy == [], f"the client pulled in {heavy}"
