"""Request checks that run before the engine: refuse what it cannot attribute, saying which field and why."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotewire import defaults
from quotewire.v1 import article_pb2

DEFAULT_MAX_CHARS = defaults.MAX_CHARS
# Past this share of control, replacement or private-use characters a "text" is binary or badly decoded.
MAX_JUNK_SHARE = 0.05
# Below this share of Latin letters (with at least MIN_LETTERS letters) the text is in another script.
MIN_LATIN_SHARE = 0.5
MIN_LETTERS = 20

ENGLISH_TAG = re.compile(r"en(?:[-_][a-z0-9]{1,8})*", re.IGNORECASE)
JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff]")
LETTER = re.compile(r"[^\W\d_]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


@dataclass(frozen=True)
class Limits:
    """What the server accepts; set from `quotewire serve` options."""

    max_chars: int = DEFAULT_MAX_CHARS


@dataclass(frozen=True)
class Violation:
    """One refused field, in the google.rpc.BadRequest sense."""

    field: str
    description: str


def check_article(article: article_pb2.Article | None, limits: Limits) -> list[Violation]:
    """Every reason to refuse the article, cheapest checks first; empty when it may go to the engine."""
    if article is None:
        return [Violation("article", "is required")]
    violations = check_language(article.language)
    violations.extend(check_text(article.text, limits))
    return violations


def check_language(tag: str) -> list[Violation]:
    """Only English models are bundled; an empty tag means English."""
    tag = tag.strip()
    if not tag or ENGLISH_TAG.fullmatch(tag):
        return []
    return [Violation("article.language", f"'{tag}' is not supported; only English ('en') is")]


def check_text(text: str, limits: Limits) -> list[Violation]:
    """Refuse empty, oversize, binary and non-Latin-script text; the size check comes first so scans stay bounded."""
    if not text.strip():
        return [Violation("article.text", "is empty" if not text else "is only whitespace")]
    if len(text) > limits.max_chars:
        return [Violation("article.text",
                          f"has {len(text):,} characters; the limit is {limits.max_chars:,}")]
    junk = len(JUNK.findall(text))
    if junk / len(text) > MAX_JUNK_SHARE:
        return [Violation("article.text",
                          f"looks like binary data: {junk:,} of {len(text):,} characters are control, "
                          "replacement or private-use characters")]
    letters = len(LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    if letters >= MIN_LETTERS and latin / letters < MIN_LATIN_SHARE:
        return [Violation("article.text",
                          f"does not look like English: {100 - round(100 * latin / letters)}% of its letters "
                          "are outside the Latin alphabet")]
    return []
