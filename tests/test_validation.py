"""What the server refuses before the engine runs, and what it lets through."""

from __future__ import annotations

import pytest

from quotewire.server.validation import Limits, Violation, check_article
from quotewire.v1.article_pb2 import Article

LIMITS = Limits(max_chars=1_000)
ENGLISH = '"We will respond," said the spokesman. The strikes were precise and proportional.'


def fields(violations: list[Violation]) -> list[str]:
    return [v.field for v in violations]


@pytest.mark.parametrize("language", ["", "en", "EN", "en-US", "en_GB", " en "])
def test_english_passes(language: str) -> None:
    assert check_article(Article(text=ENGLISH, language=language), LIMITS) == []


def test_missing_article() -> None:
    assert fields(check_article(None, LIMITS)) == ["article"]


@pytest.mark.parametrize(("text", "says"), [("", "is empty"), (" \n\t ", "is only whitespace")])
def test_empty_text(text: str, says: str) -> None:
    assert check_article(Article(text=text), LIMITS) == [Violation("article.text", says)]


def test_oversize_text_names_the_limit() -> None:
    [violation] = check_article(Article(text="a" * 1_001), LIMITS)
    assert violation.field == "article.text"
    assert "1,001 characters" in violation.description
    assert "limit is 1,000" in violation.description


def test_limit_is_inclusive() -> None:
    assert check_article(Article(text="word " * 200), LIMITS) == []


@pytest.mark.parametrize("junk", ["\x00\x01\x02\x03" * 10, "\ufffd" * 40, "\x7f\x1b" * 20])
def test_binary_junk(junk: str) -> None:
    [violation] = check_article(Article(text=ENGLISH + junk), LIMITS)
    assert "binary" in violation.description


def test_a_few_odd_characters_pass() -> None:
    assert check_article(Article(text=ENGLISH + "\x0c\ufffd"), LIMITS) == []


@pytest.mark.parametrize("language", ["fr", "de-DE", "zh", "english"])
def test_other_languages_refused(language: str) -> None:
    [violation] = check_article(Article(text=ENGLISH, language=language), LIMITS)
    assert violation.field == "article.language"
    assert f"'{language}'" in violation.description


def test_non_latin_script_refused() -> None:
    russian = "Президент заявил, что переговоры продолжатся на следующей неделе."
    [violation] = check_article(Article(text=russian), LIMITS)
    assert "does not look like English" in violation.description


def test_accented_english_passes() -> None:
    assert check_article(Article(text="The café owner, José Núñez, said “déjà vu” twice."), LIMITS) == []


def test_every_violation_is_reported() -> None:
    assert fields(check_article(Article(text="", language="fr"), LIMITS)) == ["article.language", "article.text"]
