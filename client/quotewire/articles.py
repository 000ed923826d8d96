"""Turn what a user has (a string, a file, stdin bytes) into Article messages, refusing undecodable input early."""

from __future__ import annotations

import os
from pathlib import Path

from quotewire.errors import InvalidArticleError
from quotewire.v1 import article_pb2

ArticleLike = str | article_pb2.Article | os.PathLike[str]


def make_article(text_or_article: str | article_pb2.Article, *, article_id: str = "", title: str = "",
                 language: str = "") -> article_pb2.Article:
    """A given Article is used as is (keyword fields fill only what it leaves empty); a string becomes its text."""
    if isinstance(text_or_article, article_pb2.Article):
        article = article_pb2.Article()
        article.CopyFrom(text_or_article)
    else:
        article = article_pb2.Article(text=text_or_article)
    article.id = article.id or article_id
    article.title = article.title or title
    article.language = article.language or language
    return article


def article_from_bytes(data: bytes, *, article_id: str) -> article_pb2.Article:
    """Decode UTF-8 here, so a binary or mis-encoded file fails with its name rather than deep inside gRPC."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidArticleError(f"{article_id}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return article_pb2.Article(id=article_id, text=text)


def read_article(path: str | os.PathLike[str]) -> article_pb2.Article:
    """Read a UTF-8 file as one article whose id is the path as given."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return article_from_bytes(data, article_id=os.fspath(path))


def to_article(item: ArticleLike) -> article_pb2.Article:
    """Strings are text, paths are files to read, Articles pass through."""
    if isinstance(item, os.PathLike):
        return read_article(item)
    return make_article(item)
