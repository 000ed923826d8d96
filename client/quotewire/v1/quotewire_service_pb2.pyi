from google.protobuf import any_pb2 as _any_pb2
from quotewire.v1 import article_pb2 as _article_pb2
from quotewire.v1 import attribution_pb2 as _attribution_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AttributeArticleRequest(_message.Message):
    __slots__ = ("article",)
    ARTICLE_FIELD_NUMBER: _ClassVar[int]
    article: _article_pb2.Article
    def __init__(self, article: _Optional[_Union[_article_pb2.Article, _Mapping]] = ...) -> None: ...

class AttributeArticleResponse(_message.Message):
    __slots__ = ("article_id", "quotes", "speakers", "model_version", "notices")
    ARTICLE_ID_FIELD_NUMBER: _ClassVar[int]
    QUOTES_FIELD_NUMBER: _ClassVar[int]
    SPEAKERS_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    NOTICES_FIELD_NUMBER: _ClassVar[int]
    article_id: str
    quotes: _containers.RepeatedCompositeFieldContainer[_attribution_pb2.Quote]
    speakers: _containers.RepeatedCompositeFieldContainer[_attribution_pb2.Speaker]
    model_version: str
    notices: _containers.RepeatedCompositeFieldContainer[_attribution_pb2.Notice]
    def __init__(self, article_id: _Optional[str] = ..., quotes: _Optional[_Iterable[_Union[_attribution_pb2.Quote, _Mapping]]] = ..., speakers: _Optional[_Iterable[_Union[_attribution_pb2.Speaker, _Mapping]]] = ..., model_version: _Optional[str] = ..., notices: _Optional[_Iterable[_Union[_attribution_pb2.Notice, _Mapping]]] = ...) -> None: ...

class AttributeArticlesRequest(_message.Message):
    __slots__ = ("article",)
    ARTICLE_FIELD_NUMBER: _ClassVar[int]
    article: _article_pb2.Article
    def __init__(self, article: _Optional[_Union[_article_pb2.Article, _Mapping]] = ...) -> None: ...

class AttributeArticlesResponse(_message.Message):
    __slots__ = ("index", "article_id", "result", "error")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    ARTICLE_ID_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    index: int
    article_id: str
    result: AttributeArticleResponse
    error: ArticleError
    def __init__(self, index: _Optional[int] = ..., article_id: _Optional[str] = ..., result: _Optional[_Union[AttributeArticleResponse, _Mapping]] = ..., error: _Optional[_Union[ArticleError, _Mapping]] = ...) -> None: ...

class ArticleError(_message.Message):
    __slots__ = ("code", "message", "details")
    CODE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    code: int
    message: str
    details: _containers.RepeatedCompositeFieldContainer[_any_pb2.Any]
    def __init__(self, code: _Optional[int] = ..., message: _Optional[str] = ..., details: _Optional[_Iterable[_Union[_any_pb2.Any, _Mapping]]] = ...) -> None: ...
