"""The client installs and imports without the server's heavy dependencies, and its wheel carries no engine and no
model file."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

HEAVY = ("stanza", "torch", "quotewire.engine", "quotewire.server")


def test_client_and_cli_import_without_stanza_or_torch() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import quotewire.client, quotewire.cli"],
        capture_output=True, text=True, timeout=120, check=True)
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}
    assert "quotewire.client" in imported
    heavy = sorted(name for name in imported if name.startswith(HEAVY))
    assert heavy == [], f"the client pulled in {heavy}"


def test_the_client_wheel_holds_no_engine_and_no_weights(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    source = tmp_path / "source"  # a copy, so that the build leaves nothing in the checkout
    shutil.copytree(root / "client", source / "client", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(root / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path)], check=True, capture_output=True, timeout=300, cwd=tmp_path)
    [wheel] = tmp_path.glob("quotewire-*.whl")
    assert wheel.stat().st_size < 2**20
    names = zipfile.ZipFile(wheel).namelist()
    assert "quotewire/client.py" in names
    assert "quotewire/cli.py" in names
    assert not [n for n in names if n.startswith(("quotewire/engine", "quotewire/server", "quotewire/models"))]
