"""`quotewire attribute` on several files: a progress bar on stderr only when asked, stdout left clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotewire.cli import cli
from samples import SHORT_ARTICLE


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    paths = [tmp_path / f"article-{index}.txt" for index in range(3)]
    for path in paths:
        path.write_text(SHORT_ARTICLE, encoding="utf-8")
    return [str(path) for path in paths]


def test_progress_goes_to_stderr_and_jsonl_stays_clean(server_address: str, articles: list[str]) -> None:
    result = CliRunner().invoke(cli, ["attribute", "--server", server_address, "--format", "jsonl", "--progress",
                                      *articles])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == articles
    assert "attributing 3 articles" in result.stderr


def test_no_progress_unless_asked_or_on_a_terminal(server_address: str, articles: list[str]) -> None:
    result = CliRunner().invoke(cli, ["attribute", "--server", server_address, "--format", "jsonl", *articles])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert len(result.stdout.splitlines()) == 3


def test_a_failed_article_still_fails_the_run_with_progress(server_address: str, articles: list[str],
                                                            tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["attribute", "--server", server_address, "--format", "jsonl", "--progress",
                                      articles[0], str(empty)])
    assert result.exit_code == 1
    assert f"Error: {empty}: article.text is empty" in result.stderr
    assert len(result.stdout.splitlines()) == 2
