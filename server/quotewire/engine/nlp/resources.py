"""Where the Stanza models live: the bundled resources dir, a user's dir, or Stanza's download into one."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

from quotewire.engine.errors import ModelsError

MODELS_ENV = "QUOTEWIRE_MODELS"
STANZA_ENV = "STANZA_RESOURCES_DIR"
LANGUAGE = "en"


def bundled_models_dir() -> Path:
    """The resources dir of the bundled models, the `quotewire.models` package (trained by training/, described in
    docs/model-card.md); a path that does not exist when that package is not installed."""
    spec = importlib.util.find_spec("quotewire.models")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(locations[0]) if locations else Path(__file__).resolve().parent / "no-bundled-models"


def resolve_models_dir(models_dir: Path | str | None = None) -> Path:
    """An explicit dir wins, then $QUOTEWIRE_MODELS, then $STANZA_RESOURCES_DIR, then the bundled models."""
    for candidate in (models_dir, os.environ.get(MODELS_ENV), os.environ.get(STANZA_ENV)):
        if candidate:
            return Path(candidate).expanduser()
    return bundled_models_dir()


def read_resources(models_dir: Path) -> dict[str, Any]:
    """The English entry of resources.json, checked well enough that Stanza will not fail obscurely later."""
    if not models_dir.is_dir():
        raise ModelsError(models_dir, "no such directory (set --models, $QUOTEWIRE_MODELS or $STANZA_RESOURCES_DIR)")
    path = models_dir / "resources.json"
    try:
        resources = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelsError(models_dir, "resources.json is missing; this is not a Stanza resources dir") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelsError(models_dir, f"resources.json is unreadable: {exc}") from None
    lang = resources.get(LANGUAGE) if isinstance(resources, dict) else None
    if not isinstance(lang, dict) or not isinstance(lang.get("default_processors"), dict):
        raise ModelsError(models_dir, "resources.json has no English default_processors")
    missing = [p for p in ("tokenize", "pos", "lemma", "depparse", "ner") if p not in lang["default_processors"]]
    if missing:
        raise ModelsError(models_dir, f"resources.json lacks processors: {', '.join(missing)}")
    return lang


def model_version(models_dir: Path) -> str:
    """A short label for responses: the bundled models' version, or 'stanza <dir>' for a user's models."""
    lang = read_resources(models_dir)
    return str(lang.get("quotewire_version") or f"stanza models at {models_dir}")


def download_models(dest: Path | str) -> Path:
    """Fetch the official Stanza English models into dest (needs Stanza's model hub to be reachable)."""
    import stanza

    dest = Path(dest).expanduser()
    dest.mkdir(parents=True, exist_ok=True)
    try:
        stanza.download(LANGUAGE, model_dir=str(dest), processors="tokenize,mwt,pos,lemma,depparse,ner",
                        logging_level="WARN")
    except Exception as exc:  # requests, OSError, JSON: all mean the same thing to the user
        raise ModelsError(dest, f"could not download Stanza's English models ({type(exc).__name__}); "
                                "the model hub may be unreachable from here — use the bundled models") from None
    return dest
