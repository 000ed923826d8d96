"""`quotewire batch`: inputs read into one schema, parts written so a stopped run resumes, the device chosen; and,
on the real engine through Ray, bad articles as error rows with the server's reasons, quotes identical to the
server's, and a run killed half-way that finishes the rest without redoing what was done."""

from __future__ import annotations

import contextlib
import io
import json
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from quotewire.batch import InputError, OutputError
from quotewire.batch.attributor import refusal
from quotewire.batch.inputs import decode_file, find_inputs, json_lines, parquet_inputs
from quotewire.batch.parts import (
    ARTICLES_DIR,
    ATTEMPTS_DIR,
    DEATHS_ALLOWED,
    QUOTES_DIR,
    Attempts,
    claimed,
    done_ids,
    part_name,
    still_ours,
    tidy,
    write_part,
)
from quotewire.batch.tables import ARTICLES as ARTICLES_SCHEMA
from quotewire.batch.tables import DONE, ERROR, INPUTS, quote_rows
from quotewire.cli import cli
from quotewire.client import QuotewireClient
from quotewire.engine import DeviceError, model
from quotewire.engine.nlp import device
from quotewire.errors import InvalidArticleError
from quotewire.server.convert import attribution_to_proto
from quotewire.server.validation import Limits
from samples import SHORT_ARTICLE, dev_texts

GOOD = {
    "kanaani.txt": SHORT_ARTICLE,
    "kurilla.txt": '"We will respond appropriately and proportionally," General Michael Kurilla said on Friday.',
    "mayor.txt": 'Mayor Ann Lee said the bridge would reopen next week. "It is safe," she told reporters.',
    "senator.txt": 'Senator Ted Cruz said the bill was "a disaster for Texas" and vowed to fight it.',
}
BAD = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 4,
    "cyrillic.txt": "Президент заявил, что переговоры продолжатся на следующей неделе в Москве.".encode(),
    "too_long.txt": b"word " * 40_001,
}
CLI = [sys.executable, "-m", "quotewire.cli", "batch", "--workers", "1", "--no-progress"]


# -- the device -----------------------------------------------------------------------------------------------


def test_the_device_is_cpu_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(device.DEVICE_ENV, raising=False)
    assert device.choose_device() == "cpu"
    assert device.choose_device(" CPU ") == "cpu"
    monkeypatch.setenv(device.DEVICE_ENV, "cpu")
    assert device.choose_device() == "cpu"
    assert device.quantizes("cpu")
    assert not device.quantizes("cuda")


def test_an_unknown_device_is_refused_saying_what_is_known() -> None:
    for name in ("tpu", "cuda:x", "gpu"):
        with pytest.raises(DeviceError, match="use cpu or cuda"):
            device.choose_device(name)


def test_cuda_without_a_gpu_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setenv(device.DEVICE_ENV, "cuda")  # as `serve --device cuda` hands it to its workers
    with pytest.raises(DeviceError) as refused:
        device.choose_device()
    assert str(refused.value).startswith("device 'cuda' is not available: ")
    assert str(refused.value).endswith("or use --device cpu")


def test_cuda_with_gpus_names_the_ones_there(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    assert device.choose_device("cuda") == "cuda"
    assert device.choose_device("cuda:1") == "cuda:1"
    with pytest.raises(DeviceError, match=r"torch sees 2 GPUs \(cuda:0 to cuda:1\)"):
        device.choose_device("cuda:2")


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="this machine has a GPU")
@pytest.mark.parametrize("command", [["serve"], ["batch", "-o", "{out}", "{input}"]])
def test_serve_and_batch_on_cuda_without_a_gpu_stop_at_once(command: list[str], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    args = [arg.format(out=tmp_path / "out", input=article) for arg in command]
    result = CliRunner().invoke(cli, [*args, "--device", "cuda"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: device 'cuda' is not available: ")
    assert not (tmp_path / "out").exists()


# -- inputs ---------------------------------------------------------------------------------------------------


def test_inputs_are_found_by_kind_with_ids_inside_the_folder(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "in" / ".hidden.txt").write_text("c", encoding="utf-8")
    (tmp_path / "in" / "notes.md").write_text("d", encoding="utf-8")
    (tmp_path / "in" / "more.jsonl").write_text('{"id": "j1", "text": "t"}\n\n{"id": "j2", "text": "u"}\n',
                                                 encoding="utf-8")
    pq.write_table(pa.table({"id": ["p1"], "text": ["v"]}), tmp_path / "in" / "rows.parquet")
    found = find_inputs([tmp_path / "in", tmp_path / "in" / "a.txt"])
    assert found.texts == [("a.txt", str(tmp_path / "in" / "a.txt")), ("sub/b.txt", str(tmp_path / "in/sub/b.txt")),
                           ("a.txt", str(tmp_path / "in" / "a.txt"))]
    assert [Path(p).name for p in found.jsonl] == ["more.jsonl"]
    assert [Path(p).name for p in found.parquet] == ["rows.parquet"]
    assert found.count() == 3 + 2 + 1


def test_unusable_inputs_stop_the_run_by_name(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        find_inputs([tmp_path / "missing"])
    (tmp_path / "a.csv").write_text("id,text\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.csv: not an input"):
        find_inputs([tmp_path / "a.csv"])
    pq.write_table(pa.table({"id": ["p1"], "body": ["v"]}), tmp_path / "rows.parquet")
    with pytest.raises(InputError, match="no text column"):
        find_inputs([tmp_path / "rows.parquet"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"no \.txt, \.jsonl or \.parquet files"):
        find_inputs([tmp_path / "empty"])


def test_every_json_line_is_a_row_even_a_broken_one() -> None:
    lines = [
        json.dumps({"id": 7, "text": "Paris\u2028said", "title": "T", "publish_time": "2016-09-12"},
                   ensure_ascii=False),  # a line separator inside a string is no end of line
        "",
        "not json",
        json.dumps(["a list"]),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "no-text"}),
        '{"id": "s", "text": "lone \\ud800 surrogate"}',
        json.dumps({"id": "crlf", "text": "x"}) + "\r",
    ]
    data = ("\n".join(lines)).encode() + b"\n" + b'{"id": "bad", "text": "\xff"}'
    rows = [row for block in json_lines(io.BytesIO(data), "in.jsonl") for row in block]
    problems = {row["id"]: row["problem"] for row in rows}
    assert rows[0] == {"id": "7", "text": "Paris\u2028said", "title": "T", "url": None,
                                           "publish_time": "2016-09-12", "language": None, "problem": None}
    assert problems == {
        "7": None,
        "in.jsonl:3": "line 3 is not JSON (Expecting value)",
        "in.jsonl:4": "line 4 is not a JSON object",
        "in.jsonl:5": "has no id",
        "no-text": "line 6 has no text",
        "s": "text is not valid Unicode (a lone surrogate at 5)",
        "crlf": None,
        "in.jsonl:9": "line 9 is not UTF-8 text (a bad byte at offset 23)",
    }
    pa.Table.from_pylist(rows, schema=INPUTS)  # every row can be written


def test_parquet_rows_of_any_type_become_inputs() -> None:
    table = pa.table({"id": [1, None], "text": ["a", "b"], "publish_time": pa.array([0, 0], pa.timestamp("s"))})
    rows = parquet_inputs(table, "rows.parquet").to_pylist()
    assert rows[0]["id"] == "1"
    assert rows[0]["publish_time"] == "1970-01-01T00:00:00"
    assert rows[1]["id"].startswith("rows.parquet#")
    assert rows[1]["problem"] == "has no id"


def test_a_binary_file_is_refused_as_the_server_refuses_binary_text() -> None:
    text, problem = decode_file(BAD["binary.txt"])
    assert problem is None
    assert text is not None
    assert str(refusal({"id": "b", "text": text}, Limits())).startswith("article.text looks like binary data")
    stray = "Caf\xe9 owners said the new rules would cost them dearly, and the council agreed.".encode("latin-1")
    assert decode_file(stray) == (None, "is not UTF-8 text (a bad byte at offset 3)")
    assert refusal({"id": "x", "problem": "has no id"}, Limits()) == "article has no id"
    assert refusal({"id": "x", "text": "Hello", "language": "de"}, Limits()) == (
        "article.language 'de' is not supported; only English ('en') is")


# -- the tables and the output folder -------------------------------------------------------------------------


def test_quote_rows_flatten_the_servers_response() -> None:
    text = '"It is safe," Mayor Ann Lee said.'
    quote = model.Quote("q1", model.Span.of(text, 1, 11), model.QuoteKind.DIRECT, speaker_id="s1",
                        speaker_span=model.Span.of(text, 14, 27), cue=model.Cue(model.Span.of(text, 28, 32), "say"),
                        confidence=0.9, method=model.AttributionMethod.NAMED)
    speaker = model.Speaker("s1", "Ann Lee", model.SpeakerKind.PERSON, titles=("Mayor",))
    response = attribution_to_proto(model.Attribution(quotes=(quote,), speakers=(speaker,)), article_id="a",
                                    model_version="m")
    [row] = quote_rows(response)
    assert row | {"confidence": 0} == {
        "article_id": "a", "quote_id": "q1", "text": "It is safe", "start": 1, "end": 11, "kind": "direct",
        "method": "named", "confidence": 0, "cue": "said", "cue_lemma": "say", "cue_start": 28, "cue_end": 32,
        "channel": None, "speaker_id": "s1", "speaker_name": "Ann Lee", "speaker_kind": "person",
        "speaker_titles": ["Mayor"], "speaker_affiliation": None, "speaker_aliases": [], "speaker_start": 14,
        "speaker_end": 27, "parent_quote_id": None, "part_of_quote_id": None}
    assert row["confidence"] == pytest.approx(0.9)


def _article(article_id: str) -> dict[str, object]:
    return {"id": article_id, "status": DONE, "chars": 1, "quotes": 0, "speakers": 0, "notices": 0}


def test_a_stopped_runs_leftovers_are_tidied_and_its_done_articles_skipped(tmp_path: Path) -> None:
    with claimed(tmp_path) as run:
        write_part(tmp_path, [_article("a"), _article("b")], [])
        orphan = tmp_path / QUOTES_DIR / part_name(["c"])  # its articles part never came: c is not done
        orphan.write_bytes(b"half")
        temporary = tmp_path / ARTICLES_DIR / ".part-x.parquet.1.tmp"
        temporary.write_bytes(b"half")
        with pytest.raises(OutputError, match="another quotewire batch is writing here"), claimed(tmp_path):
            pass
        assert still_ours(tmp_path, run)
    assert sorted(tidy(tmp_path)) == sorted([orphan, temporary])
    with claimed(tmp_path) as later:  # the next run: an engine left from the first may write no more
        assert not still_ours(tmp_path, run)
        assert still_ours(tmp_path, later)
        assert done_ids(tmp_path) == {"a", "b"}
    assert pq.read_table(tmp_path / ARTICLES_DIR / part_name(["a", "b"])).schema == ARTICLES_SCHEMA


def test_an_article_that_kills_its_engine_twice_is_given_up(tmp_path: Path) -> None:
    for _ in range(DEATHS_ALLOWED):
        attempts = Attempts(tmp_path, "part-x.parquet")
        assert attempts.too_deadly("b") == 0
        attempts.on("a")
        attempts.on("b")  # ... and the engine dies here
    attempts = Attempts(tmp_path, "part-x.parquet")
    assert attempts.too_deadly("a") == 0
    assert attempts.too_deadly("b") == DEATHS_ALLOWED
    attempts.finished()
    assert not list((tmp_path / ATTEMPTS_DIR).iterdir())


# -- the real engine, through Ray -----------------------------------------------------------------------------


def test_a_local_rays_engines_run_at_the_commands_priority() -> None:
    """Ray starts its workers at niceness 15, below its daemons and the driver, whose every wake-up then takes an
    engine's CPU; a Ray the command starts for itself runs them at the command's own."""
    probe = textwrap.dedent("""
        import os, ray
        from quotewire.batch.run import start_ray
        start_ray()
        print(os.getpriority(os.PRIO_PROCESS, 0),
              ray.get(ray.remote(lambda: os.getpriority(os.PRIO_PROCESS, 0)).remote()))
        ray.shutdown()
    """)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    command, engine = result.stdout.split()
    assert engine == command


def _run(*args: str | Path, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def _table(output: Path, name: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = pq.read_table(output / name).to_pylist()
    return rows


def _write_inputs(folder: Path) -> None:
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    (folder / "more.jsonl").write_text("\n".join([
        json.dumps({"id": "german", "text": SHORT_ARTICLE, "language": "de", "url": "https://example.com/1"}),
        "{broken",
    ]) + "\n", encoding="utf-8")


@pytest.mark.e2e
def test_bad_articles_are_error_rows_and_a_second_run_does_only_the_rest(tmp_path: Path,
                                                                         client: QuotewireClient) -> None:
    folder, output = tmp_path / "in", tmp_path / "out"
    _write_inputs(folder)
    first = ["kanaani.txt", "kurilla.txt", "empty.txt", "binary.txt"]
    result = _run("-o", output, *(folder / name for name in first))
    assert result.returncode == 1, result.stderr  # errors among the articles
    assert result.stdout.startswith("4 articles in "), result.stdout
    assert ": 2 done, 2 errors, " in result.stdout
    parts = {p: p.stat().st_mtime_ns for p in output.rglob("part-*.parquet")}

    result = _run("-o", output, folder)
    assert result.returncode == 1, result.stderr
    assert ": 2 done, 4 errors, " in result.stdout
    assert result.stdout.rstrip().endswith(", 4 done before"), result.stdout
    assert {p: p.stat().st_mtime_ns for p in parts} == parts  # the first run's parts, untouched

    articles = {row["id"]: row for row in _table(output, ARTICLES_DIR)}
    assert len(articles) == len(GOOD) + len(BAD) + 2  # every input is one row: done + errors
    assert {i for i, a in articles.items() if a["status"] == DONE} == set(GOOD)
    quotes = _table(output, QUOTES_DIR)
    for name, text in GOOD.items():  # the very quotes the server gives
        response = client.attribute(text, article_id=name)
        assert [q for q in quotes if q["article_id"] == name] == quote_rows(response), name
        assert articles[name]["quotes"] == len(response.quotes)
        assert articles[name]["model_version"] == response.model_version
    for name, data in BAD.items():  # and the reasons it refuses them for
        read, _ = decode_file(data)
        assert articles[name]["status"] == ERROR
        assert articles[name]["error_code"] == "INVALID_ARGUMENT"
        with pytest.raises(InvalidArticleError) as refused:
            client.attribute(read or "", article_id=name)
        assert articles[name]["error"] == refused.value.message, name
    with pytest.raises(InvalidArticleError) as refused:
        client.attribute(SHORT_ARTICLE, language="de")
    assert articles["german"]["error"] == refused.value.message
    assert articles["german"]["url"] == "https://example.com/1"
    assert str(articles["more.jsonl:2"]["error"]).startswith("article line 2 is not JSON")


@pytest.mark.e2e
def test_a_run_killed_half_way_finishes_the_rest_without_redoing_any(tmp_path: Path) -> None:
    import psutil  # type: ignore[import-untyped]  # no inline types; types-psutil is not a dev dependency

    folder, output = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    texts = dev_texts(8)
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen([*CLI, "--batch-size", "1", "-o", str(output), str(folder)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ray_processes: list[psutil.Process] = []
    deadline = time.monotonic() + 150
    while len(list((output / ARTICLES_DIR).glob("part-*.parquet"))) < 2 and process.poll() is None:
        assert time.monotonic() < deadline, "no part was written in time"
        ray_processes = psutil.Process(process.pid).children(recursive=True) or ray_processes
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)  # the driver, then the rest of its Ray, as a machine going down would
    process.wait()
    for leftover in ray_processes:
        with contextlib.suppress(psutil.Error):
            leftover.kill()
    psutil.wait_procs(ray_processes, timeout=10)
    try:
        done_before = {p: p.stat().st_mtime_ns for p in (output / ARTICLES_DIR).glob("part-*.parquet")}
        assert 2 <= len(done_before) < len(texts), "the run was not stopped half-way"

        result = _run("--batch-size", "1", "-o", output, folder)
        assert result.returncode == 0, result.stderr
        assert f"{len(texts) - len(done_before)} done, 0 errors" in result.stdout
        assert result.stdout.rstrip().endswith(f", {len(done_before)} done before"), result.stdout
        assert {p: p.stat().st_mtime_ns for p in done_before} == done_before
        ids = [str(row["id"]) for row in _table(output, ARTICLES_DIR)]
        assert sorted(ids) == sorted(f"{i}.txt" for i in range(len(texts)))  # each once
        quotes = _table(output, QUOTES_DIR)
        assert len({(q["article_id"], q["quote_id"]) for q in quotes}) == len(quotes)
    finally:
        for leftover in ray_processes:
            with contextlib.suppress(psutil.Error):
                leftover.kill()
