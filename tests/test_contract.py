"""The committed generated code matches protos/, and the protos pass buf lint."""

from __future__ import annotations

import filecmp
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "client" / "quotewire" / "v1"


def load_generator() -> ModuleType:
    """tools/ is not a package; load the generator script by path, as a user would run it."""
    spec = importlib.util.spec_from_file_location("gen_protos", ROOT / "tools" / "gen_protos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_code_is_up_to_date(tmp_path: Path) -> None:
    fresh = load_generator().generate(tmp_path)
    names = sorted(p.name for p in fresh)
    committed = sorted(p.name for p in COMMITTED.iterdir() if p.is_file())
    assert committed == names, "run: python tools/gen_protos.py"
    _, mismatch, errors = filecmp.cmpfiles(COMMITTED, tmp_path / "quotewire" / "v1", names, shallow=False)
    assert not errors, f"unreadable generated files {errors}"
    assert not mismatch, f"stale generated files {mismatch}; run: python tools/gen_protos.py"


def test_protos_pass_buf_lint() -> None:
    buf = shutil.which("buf") or str(Path(sys.executable).parent / "buf")
    if not Path(buf).exists():
        pytest.fail("buf is missing; install the dev extra (buf-bin)")
    result = subprocess.run([buf, "lint"], cwd=ROOT / "protos", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
