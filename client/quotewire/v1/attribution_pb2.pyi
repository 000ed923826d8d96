from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class QuoteKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    QUOTE_KIND_UNSPECIFIED: _ClassVar[QuoteKind]
    QUOTE_KIND_DIRECT: _ClassVar[QuoteKind]
    QUOTE_KIND_INDIRECT: _ClassVar[QuoteKind]
    QUOTE_KIND_MIXED: _ClassVar[QuoteKind]

class AttributionMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ATTRIBUTION_METHOD_UNSPECIFIED: _ClassVar[AttributionMethod]
    ATTRIBUTION_METHOD_NAMED: _ClassVar[AttributionMethod]
    ATTRIBUTION_METHOD_PRONOUN: _ClassVar[AttributionMethod]
    ATTRIBUTION_METHOD_CONTINUATION: _ClassVar[AttributionMethod]
    ATTRIBUTION_METHOD_ACCORDING_TO: _ClassVar[AttributionMethod]
    ATTRIBUTION_METHOD_COLON: _ClassVar[AttributionMethod]
    ATTRIBUTION_METHOD_NONE: _ClassVar[AttributionMethod]

class SpeakerKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SPEAKER_KIND_UNSPECIFIED: _ClassVar[SpeakerKind]
    SPEAKER_KIND_PERSON: _ClassVar[SpeakerKind]
    SPEAKER_KIND_ORGANIZATION: _ClassVar[SpeakerKind]
    SPEAKER_KIND_LOCATION: _ClassVar[SpeakerKind]
    SPEAKER_KIND_GROUP: _ClassVar[SpeakerKind]
QUOTE_KIND_UNSPECIFIED: QuoteKind
QUOTE_KIND_DIRECT: QuoteKind
QUOTE_KIND_INDIRECT: QuoteKind
QUOTE_KIND_MIXED: QuoteKind
ATTRIBUTION_METHOD_UNSPECIFIED: AttributionMethod
ATTRIBUTION_METHOD_NAMED: AttributionMethod
ATTRIBUTION_METHOD_PRONOUN: AttributionMethod
ATTRIBUTION_METHOD_CONTINUATION: AttributionMethod
ATTRIBUTION_METHOD_ACCORDING_TO: AttributionMethod
ATTRIBUTION_METHOD_COLON: AttributionMethod
ATTRIBUTION_METHOD_NONE: AttributionMethod
SPEAKER_KIND_UNSPECIFIED: SpeakerKind
SPEAKER_KIND_PERSON: SpeakerKind
SPEAKER_KIND_ORGANIZATION: SpeakerKind
SPEAKER_KIND_LOCATION: SpeakerKind
SPEAKER_KIND_GROUP: SpeakerKind

class Span(_message.Message):
    __slots__ = ("start", "end", "text")
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    start: int
    end: int
    text: str
    def __init__(self, start: _Optional[int] = ..., end: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class Cue(_message.Message):
    __slots__ = ("span", "lemma")
    SPAN_FIELD_NUMBER: _ClassVar[int]
    LEMMA_FIELD_NUMBER: _ClassVar[int]
    span: Span
    lemma: str
    def __init__(self, span: _Optional[_Union[Span, _Mapping]] = ..., lemma: _Optional[str] = ...) -> None: ...

class Quote(_message.Message):
    __slots__ = ("id", "text", "span", "kind", "speaker_id", "speaker_span", "cue", "parent_quote_id", "channel", "confidence", "attribution_method", "part_of_quote_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    SPAN_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    SPEAKER_ID_FIELD_NUMBER: _ClassVar[int]
    SPEAKER_SPAN_FIELD_NUMBER: _ClassVar[int]
    CUE_FIELD_NUMBER: _ClassVar[int]
    PARENT_QUOTE_ID_FIELD_NUMBER: _ClassVar[int]
    CHANNEL_FIELD_NUMBER: _ClassVar[int]
    CONFIDENCE_FIELD_NUMBER: _ClassVar[int]
    ATTRIBUTION_METHOD_FIELD_NUMBER: _ClassVar[int]
    PART_OF_QUOTE_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    text: str
    span: Span
    kind: QuoteKind
    speaker_id: str
    speaker_span: Span
    cue: Cue
    parent_quote_id: str
    channel: Span
    confidence: float
    attribution_method: AttributionMethod
    part_of_quote_id: str
    def __init__(self, id: _Optional[str] = ..., text: _Optional[str] = ..., span: _Optional[_Union[Span, _Mapping]] = ..., kind: _Optional[_Union[QuoteKind, str]] = ..., speaker_id: _Optional[str] = ..., speaker_span: _Optional[_Union[Span, _Mapping]] = ..., cue: _Optional[_Union[Cue, _Mapping]] = ..., parent_quote_id: _Optional[str] = ..., channel: _Optional[_Union[Span, _Mapping]] = ..., confidence: _Optional[float] = ..., attribution_method: _Optional[_Union[AttributionMethod, str]] = ..., part_of_quote_id: _Optional[str] = ...) -> None: ...

class Speaker(_message.Message):
    __slots__ = ("id", "name", "kind", "titles", "affiliation", "aliases", "mentions")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TITLES_FIELD_NUMBER: _ClassVar[int]
    AFFILIATION_FIELD_NUMBER: _ClassVar[int]
    ALIASES_FIELD_NUMBER: _ClassVar[int]
    MENTIONS_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    kind: SpeakerKind
    titles: _containers.RepeatedScalarFieldContainer[str]
    affiliation: str
    aliases: _containers.RepeatedScalarFieldContainer[str]
    mentions: _containers.RepeatedCompositeFieldContainer[Span]
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., kind: _Optional[_Union[SpeakerKind, str]] = ..., titles: _Optional[_Iterable[str]] = ..., affiliation: _Optional[str] = ..., aliases: _Optional[_Iterable[str]] = ..., mentions: _Optional[_Iterable[_Union[Span, _Mapping]]] = ...) -> None: ...

class Notice(_message.Message):
    __slots__ = ("code", "message", "span")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SPAN_FIELD_NUMBER: _ClassVar[int]
    code: str
    message: str
    span: Span
    def __init__(self, code: _Optional[str] = ..., message: _Optional[str] = ..., span: _Optional[_Union[Span, _Mapping]] = ...) -> None: ...
