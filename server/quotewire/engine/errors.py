"""The engine's one catalogue of errors: each says what failed and what to do about it."""

from __future__ import annotations

from pathlib import Path


class EngineError(Exception):
    """Base of every error the engine raises on purpose."""


class ModelsError(EngineError):
    """The Stanza models could not be found, read or loaded."""

    def __init__(self, models_dir: Path | str | None, problem: str) -> None:
        self.models_dir = Path(models_dir) if models_dir is not None else None
        self.problem = problem
        where = f"models dir {self.models_dir}" if self.models_dir is not None else "models"
        super().__init__(f"{where}: {problem}")


class DeviceError(EngineError):
    """The device asked for (--device) is not one the engine runs on, or not on this machine."""

    def __init__(self, device: str, problem: str) -> None:
        self.device = device
        self.problem = problem
        super().__init__(f"device '{device}' {problem}")


class StageError(EngineError):
    """A pipeline stage failed on one article; names the stage so the failure can be traced."""

    def __init__(self, stage: str, cause: BaseException) -> None:
        self.stage = stage
        self.cause = cause
        super().__init__(f"stage '{stage}' failed: {type(cause).__name__}: {cause}")


class StoppedError(EngineError):
    """The caller asked the engine to stop (cancelled, or out of time) before the article was finished."""

    def __init__(self, after: str) -> None:
        self.after = after
        super().__init__(f"stopped after {after}")
