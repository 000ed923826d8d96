"""The `quotewire` command in-process (click's CliRunner) and once as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from quotewire.cli import cli
from samples import SEED, SHORT_ARTICLE


@pytest.fixture
def short_file(tmp_path: Path) -> Path:
    path = tmp_path / "short.txt"
    path.write_text(SHORT_ARTICLE, encoding="utf-8")
    return path


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_text_table(server_address: str, short_file: Path) -> None:
    result = run("attribute", "--server", server_address, str(short_file))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{short_file}: ")
    assert "The presence of America" in result.stdout
    assert "Nasser Kanaani" in result.stdout


def test_json_uses_proto_field_names(server_address: str, short_file: Path) -> None:
    result = run("attribute", "--server", server_address, "--format", "json", str(short_file))
    assert result.exit_code == 0, result.stderr
    response = json.loads(result.stdout)
    assert response["article_id"] == str(short_file)
    assert {"quotes", "speakers", "model_version"} <= response.keys()
    assert all("speaker_id" in quote for quote in response["quotes"])


def test_jsonl_keeps_input_order_and_reports_the_failed_article(server_address: str, short_file: Path,
                                                                tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("attribute", "--server", server_address, "--format", "jsonl", str(short_file), str(empty),
                 str(short_file))
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["article_id"] for line in lines] == [str(short_file), str(empty), str(short_file)]
    assert lines[1]["error"] == {"code": "INVALID_ARGUMENT", "message": "article.text is empty"}
    assert "quotes" in lines[0]
    assert "quotes" in lines[2]
    assert result.stderr == f"Error: {empty}: article.text is empty\n"


def test_json_with_several_files_is_an_array(server_address: str, short_file: Path) -> None:
    result = run("attribute", "--server", server_address, "--format", "json", str(short_file), str(short_file))
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2


def test_stdin(server_address: str) -> None:
    result = run("attribute", "--server", server_address, "--format", "jsonl", "-", stdin=SHORT_ARTICLE.encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["article_id"] == "stdin"


def test_refused_input_is_one_line_and_exit_1(server_address: str) -> None:
    result = run("attribute", "--server", server_address, "-", stdin=b"")
    assert result.exit_code == 1
    assert result.stderr == "Error: stdin: article.text is empty\n"


def test_not_utf8_file(server_address: str, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\u00e9 said \u201cno\u201d".encode("cp1252"))
    result = run("attribute", "--server", server_address, str(path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: not UTF-8 text (bad byte at offset 3)\n"


def test_unreachable_server_exits_3(short_file: Path) -> None:
    result = run("attribute", "--server", "127.0.0.1:1", "--timeout", "10", str(short_file))
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: cannot reach the quotewire server at 127.0.0.1:1: ")
    assert result.stderr.count("\n") == 1


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("attribute", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_health(server_address: str) -> None:
    result = run("health", "--server", server_address)
    assert (result.exit_code, result.stdout) == (0, "SERVING\n")


def test_health_unreachable() -> None:
    result = run("health", "--server", "127.0.0.1:1")
    assert result.exit_code == 3


def test_models_path() -> None:
    result = run("models", "path")
    assert result.exit_code == 0
    assert Path(result.stdout.strip()).parts[-2:] == ("quotewire", "models")


def test_serve_without_the_server_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # as if only `pip install quotewire`
    result = run("serve", "--port", "0")
    assert result.exit_code == 1
    assert result.stderr == ("Error: this command needs the server (pip install quotewire-server; from a checkout: "
                             "pip install ./server); missing: stanza\n")


def test_models_download_into_an_impossible_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = run("models", "download", str(blocker / "models"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {blocker / 'models'}: Not a directory\n"


def test_real_process_attributes_the_seed(server_address: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quotewire.cli", "attribute", "--server", server_address, str(SEED)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Nasser Kanaani" in result.stdout
    assert result.stderr == ""
