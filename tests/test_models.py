"""The bundled Stanza models: where they are, how they load, and what a real pipeline run gives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quotewire.engine import Engine, ModelsError
from quotewire.engine.nlp.pipeline import load_pipeline
from quotewire.engine.nlp.resources import bundled_models_dir, read_resources, resolve_models_dir

TEXT = ('Colonel Joe Buccino said the strikes were precise. "We will respond," he added on Tuesday.\n\n'
        "Iran condemned the attack.")


def test_bundled_dir_is_a_standard_stanza_resources_dir() -> None:
    models = bundled_models_dir()
    lang = read_resources(models)
    assert lang["packages"]["default"] == lang["default_processors"]
    for processor, package in lang["default_processors"].items():
        assert (models / "en" / processor / f"{package}.pt").is_file()
    for deps in lang["default_dependencies"].values():
        for dep in deps:
            assert (models / "en" / dep["model"] / f"{dep['package']}.pt").is_file()


def test_models_dir_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("QUOTEWIRE_MODELS", raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    assert resolve_models_dir() == bundled_models_dir()
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza"))
    assert resolve_models_dir() == tmp_path / "stanza"
    monkeypatch.setenv("QUOTEWIRE_MODELS", str(tmp_path / "qw"))
    assert resolve_models_dir() == tmp_path / "qw"
    assert resolve_models_dir(tmp_path / "flag") == tmp_path / "flag"


def test_missing_dir_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ModelsError, match="no such directory") as err:
        Engine.load(missing)
    assert str(missing) in str(err.value)


def test_dir_without_resources_json(tmp_path: Path) -> None:
    with pytest.raises(ModelsError, match=r"resources\.json is missing") as err:
        load_pipeline(tmp_path)
    assert str(tmp_path) in str(err.value)


def test_corrupt_resources_json(tmp_path: Path) -> None:
    (tmp_path / "resources.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelsError, match="unreadable"):
        load_pipeline(tmp_path)


def test_corrupt_model_file_names_the_dir(tmp_path: Path) -> None:
    copy = tmp_path / "models"
    shutil.copytree(bundled_models_dir(), copy, ignore=shutil.ignore_patterns("*.md"))
    lang = json.loads((copy / "resources.json").read_text(encoding="utf-8"))["en"]
    pos = copy / "en" / "pos" / f"{lang['default_processors']['pos']}.pt"
    pos.write_bytes(b"this is not a torch file")
    with pytest.raises(ModelsError, match="could not load") as err:
        load_pipeline(copy)
    assert str(copy) in str(err.value)


def test_a_user_dir_loads_like_the_bundled_one(tmp_path: Path) -> None:
    copy = tmp_path / "user-models"
    shutil.copytree(bundled_models_dir(), copy)
    doc = load_pipeline(copy)("Iran condemned the attack.")
    assert [w.text for w in doc.sentences[0].words] == ["Iran", "condemned", "the", "attack", "."]


def test_stanza_loads_the_dir_with_no_other_argument() -> None:
    import stanza

    nlp = stanza.Pipeline("en", dir=str(bundled_models_dir()), download_method=None, logging_level="WARN")
    assert {"tokenize", "pos", "lemma", "depparse", "ner"} <= set(nlp.processors)


def test_real_pipeline_run(engine: Engine) -> None:
    doc = engine.analyse(TEXT)
    assert len(doc.sentences) == 3
    first = doc.sentences[0]
    assert [w.text for w in first.words][:4] == ["Colonel", "Joe", "Buccino", "said"]
    said = next(w for w in first.words if w.text == "said")
    assert said.lemma == "say"
    subjects = [w for w in first.words if w.head == said.id and w.deprel == "nsubj"]
    assert len(subjects) == 1
    assert subjects[0].text in {"Colonel", "Joe", "Buccino"}
    persons = [e.text for e in doc.ents if e.type == "PER"]
    assert any("Buccino" in p for p in persons)


def test_the_model_card_is_in_docs() -> None:
    root = Path(__file__).resolve().parents[1]
    text = (root / "docs" / "model-card.md").read_text(encoding="utf-8")
    for needle in ("UPOS", "LAS", "sentence", "PER", "GloVe", "EWT", "GUM"):
        assert needle in text


def test_engine_reports_the_bundled_version(engine: Engine) -> None:
    assert engine.model_version.startswith("quotewire-en")
    assert Path(engine.models_dir).is_dir()
