"""quotewire's attribution engine: plain Python over a Stanza pipeline, with no gRPC inside."""

from quotewire.engine.engine import Engine, attribute_document
from quotewire.engine.errors import DeviceError, EngineError, ModelsError, StageError, StoppedError
from quotewire.engine.model import (
    Attribution,
    AttributionMethod,
    Cue,
    Notice,
    NoticeCode,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = [
    "Attribution",
    "AttributionMethod",
    "Cue",
    "DeviceError",
    "Engine",
    "EngineError",
    "ModelsError",
    "Notice",
    "NoticeCode",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "SpeakerKind",
    "StageError",
    "StoppedError",
    "attribute_document",
]
