"""The Stanza patches, seen and switched off: the registry lists them, another Stanza version or the switch turns
them all off, and plain Stanza gives the very same answers as the patched pipeline on real articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from google.protobuf import json_format

from quotewire.engine import Engine
from quotewire.engine.nlp import stanza_patches
from quotewire.server.convert import attribution_to_proto
from samples import SEED, dev_texts

PLAIN_RUN = """
import json, sys
from google.protobuf import json_format
from quotewire.engine import Engine
from quotewire.engine.nlp import stanza_patches
from quotewire.server.convert import attribution_to_proto
engine = Engine.load()
assert not stanza_patches.fast_paths_on()
texts = json.load(sys.stdin)
print(json.dumps([json_format.MessageToJson(attribution_to_proto(engine.attribute(t), article_id="", model_version=""))
                  for t in texts]))
"""


def _answers(engine: Engine, texts: list[str]) -> list[str]:
    return [json_format.MessageToJson(attribution_to_proto(engine.attribute(text), article_id="", model_version=""))
            for text in texts]


def test_every_patch_is_listed_once() -> None:
    names = [p.name for p in stanza_patches.PROCESS_PATCHES] + [p.name for p in stanza_patches.PIPELINE_PATCHES]
    assert len(names) == len(set(names)) == 10


def test_the_switch_turns_the_fast_paths_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(stanza_patches.OFF_ENV, "1")
    assert not stanza_patches.fast_paths_on()
    assert stanza_patches.install_process_patches() == []
    monkeypatch.setenv(stanza_patches.OFF_ENV, "0")
    assert stanza_patches.fast_paths_on()


def test_another_stanza_version_runs_plain_with_one_warning(monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv(stanza_patches.OFF_ENV, raising=False)
    monkeypatch.setattr(stanza_patches, "installed_stanza", lambda: "9.9.9")
    monkeypatch.delattr(stanza_patches.fast_paths_on, "warned", raising=False)
    assert not stanza_patches.fast_paths_on()
    assert not stanza_patches.fast_paths_on()
    warnings = [r for r in caplog.records if "fast paths were written for" in r.getMessage()]
    assert len(warnings) == 1
    assert "Stanza 9.9.9 is installed" in warnings[0].getMessage()


def test_plain_stanza_gives_the_same_answers_as_the_patched_pipeline(engine: Engine) -> None:
    texts = [SEED.read_text(encoding="utf-8"), *dev_texts(4)]
    plain = subprocess.run([sys.executable, "-c", PLAIN_RUN], input=json.dumps(texts), capture_output=True,
                           text=True, timeout=600, env={**os.environ, stanza_patches.OFF_ENV: "1"})
    assert plain.returncode == 0, plain.stderr[-2000:]
    assert json.loads(plain.stdout) == _answers(engine, texts)
