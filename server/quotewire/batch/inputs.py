"""What a batch reads: folders of .txt files, JSON Lines and Parquet, as rows of one schema (tables.INPUTS).

Each input becomes one row, whatever is wrong with it: a file that is not UTF-8, a line that is not JSON or has
no id carries a `problem` and becomes an error row later, so the input count always equals done + errors.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from quotewire.batch.tables import ARTICLE_FIELDS, INPUTS
from quotewire.server.validation import Limits, check_text

if TYPE_CHECKING:
    import ray.data

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
READ_CHUNK = 1 << 20  # bytes read at a time from a JSON Lines file
ROWS_PER_BLOCK = 256  # rows per table read from a JSON Lines file
READERS = 2  # reading tasks at a time, per source
TEXTS_PER_BLOCK = 16  # .txt files read by one task


class InputError(Exception):
    """An input cannot be used at all (missing, of an unknown kind, a Parquet file without id and text)."""


@dataclass
class Inputs:
    """The input files by kind; .txt files with the article id each gets (its path inside the folder given)."""

    texts: list[tuple[str, str]] = field(default_factory=list)  # (id, path)
    jsonl: list[str] = field(default_factory=list)
    parquet: list[str] = field(default_factory=list)

    def count(self) -> int:
        """How many articles the inputs hold: one per .txt file, per non-blank JSON line, per Parquet row."""
        rows: int = sum(pq.ParquetFile(p).metadata.num_rows for p in self.parquet)
        return len(self.texts) + sum(count_lines(p) for p in self.jsonl) + rows


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("parquet", PARQUET_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def find_inputs(paths: Sequence[str | os.PathLike[str]]) -> Inputs:
    """Every input file under `paths` (folders are searched recursively; hidden files and other kinds skipped).

    A .txt file's article id is its path inside the folder given (or its name, given alone), so a run resumes
    the same from any working directory.
    """
    found = Inputs()

    def add(path: Path, article_id: str) -> None:
        kind = _kind(path)
        if kind == "text":
            found.texts.append((article_id, str(path)))
        elif kind == "jsonl":
            found.jsonl.append(str(path))
        elif kind == "parquet":
            check_parquet(path)
            found.parquet.append(str(path))

    for given in map(Path, paths):
        if given.is_dir():
            for path in sorted(given.rglob("*")):
                inside = path.relative_to(given)
                if path.is_file() and not any(part.startswith(".") for part in inside.parts):
                    add(path, inside.as_posix())
        elif given.is_file():
            if _kind(given) is None:
                raise InputError(f"{given}: not an input quotewire reads (a folder, .txt, .jsonl or .parquet)")
            add(given, given.name)
        else:
            raise InputError(f"{given}: no such file or folder")
    if not (found.texts or found.jsonl or found.parquet):
        raise InputError(f"no .txt, .jsonl or .parquet files in {', '.join(map(str, paths))}")
    return found


def check_parquet(path: Path) -> None:
    """A Parquet input needs id and text columns; without them none of its rows is an article."""
    try:
        names = set(pq.read_schema(path).names)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"{path}: not a Parquet file quotewire can read ({exc})") from None
    missing = [name for name in ("id", "text") if name not in names]
    if missing:
        raise InputError(f"{path}: no {' and no '.join(missing)} column (it needs id and text; title, url, "
                         "publish_time and language are optional)")


def count_lines(path: str) -> int:
    """Non-blank lines of a JSON Lines file, read in chunks."""
    count = 0
    with open(path, "rb") as file:
        for line in file:
            count += bool(line.strip())
    return count


def _text(value: Any) -> str | None:
    """A field's value as a string for the tables (a number or a timestamp as written), None when absent."""
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return value if isinstance(value, str) else json.dumps(value) if isinstance(value, list | dict) else str(value)


def _encodable(row: dict[str, Any]) -> dict[str, Any]:
    """A row whose strings can all be written as UTF-8; a lone surrogate (from a JSON escape) is a problem."""
    for name in ARTICLE_FIELDS:
        value = row.get(name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                row[name] = value.encode("utf-8", "replace").decode("utf-8")
                row["problem"] = row.get("problem") or f"{name} is not valid Unicode (a lone surrogate at {exc.start})"
    return row


def article_input(fields: dict[str, Any], fallback_id: str, problem: str | None = None) -> dict[str, Any]:
    """An INPUTS row from an input's fields; an input without an id gets `fallback_id` and a problem."""
    row = {name: _text(fields.get(name)) for name in ARTICLE_FIELDS}
    if row["id"] in (None, ""):
        row["id"] = fallback_id
        problem = problem or "has no id"
    elif problem is None and fields.get("text") is not None and not isinstance(fields.get("text"), str):
        problem = "its text is not a string"
    row["problem"] = problem
    return _encodable(row)


def not_utf8(error: UnicodeDecodeError) -> str:
    return f"is not UTF-8 text (a bad byte at offset {error.start})"


def decode_file(data: bytes) -> tuple[str | None, str | None]:
    """A file's text and why it is no article: binary data is refused later as the server refuses it (the
    undecodable bytes read as U+FFFD), a text file with a stray byte as not UTF-8."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        replaced = data.decode("utf-8", "replace")
        if check_text(replaced, Limits(max_chars=len(replaced))):
            return replaced, None
        return None, not_utf8(exc)


def read_text_files(batch: pa.Table) -> pa.Table:
    """A batch of (id, path) rows as INPUTS rows: each file's text, or why it could not be read."""
    rows = []
    for article_id, path in zip(batch.column("id").to_pylist(), batch.column("path").to_pylist(), strict=True):
        text, problem = None, None
        try:
            text, problem = decode_file(Path(path).read_bytes())
        except OSError as exc:
            problem = f"cannot be read: {exc.strerror or exc}"
        rows.append(article_input({"id": article_id, "text": text}, article_id, problem))
    return pa.Table.from_pylist(rows, schema=INPUTS)


def json_line_row(line: bytes, name: str, number: int) -> dict[str, Any]:
    """One JSON Lines line as an INPUTS row; its fallback id is the file name and line number."""
    where = f"{name}:{number}"
    try:
        fields = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        return article_input({}, where, f"line {number} {not_utf8(exc)}")
    except json.JSONDecodeError as exc:
        return article_input({}, where, f"line {number} is not JSON ({exc.msg})")
    if not isinstance(fields, dict):
        return article_input({}, where, f"line {number} is not a JSON object")
    if "text" not in fields:
        return article_input(fields, where, f"line {number} has no text")
    return article_input(fields, where)


def json_lines(stream: Any, name: str) -> Iterator[list[dict[str, Any]]]:
    """The INPUTS rows of a JSON Lines stream (anything with read(n)), ROWS_PER_BLOCK at a time."""
    rows: list[dict[str, Any]] = []
    rest = b""
    number = 0
    while True:
        chunk = stream.read(READ_CHUNK)
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop() if chunk else b""
        for line in lines:
            number += 1
            if line.strip():
                rows.append(json_line_row(line.rstrip(b"\r"), name, number))
            if len(rows) >= ROWS_PER_BLOCK:
                yield rows
                rows = []
        if not chunk:
            break
    if rows:
        yield rows


def jsonl_datasource(paths: list[str]) -> Any:
    """A Ray datasource over JSON Lines files, read a chunk at a time, every line a row (tables.INPUTS)."""
    from ray.data.datasource import FileBasedDatasource

    class JsonLinesDatasource(FileBasedDatasource):
        def _read_stream(self, f: Any, path: str) -> Iterator[pa.Table]:
            for rows in json_lines(f, Path(path).name):
                yield pa.Table.from_pylist(rows, schema=INPUTS)

    return JsonLinesDatasource(paths)


def parquet_inputs(batch: pa.Table, name: str = "") -> pa.Table:
    """Parquet rows (id, text and the optional fields, of any type) as INPUTS rows."""
    columns = {n: batch.column(n).to_pylist() for n in ARTICLE_FIELDS if n in batch.column_names}
    rows = []
    for i in range(batch.num_rows):
        fields = {n: values[i] for n, values in columns.items()}
        text = fields.get("text")
        digest = hashlib.sha1(str(text).encode("utf-8", "replace")).hexdigest()[:12]
        rows.append(article_input(fields, f"{name}#{digest}"))
    return pa.Table.from_pylist(rows, schema=INPUTS)


def articles_dataset(inputs: Inputs, skip: frozenset[str] = frozenset()) -> ray.data.Dataset | None:
    """One Ray Dataset of INPUTS rows over every input; .txt files whose id is in `skip` are left out here,
    before they are read. None when nothing is left to read.

    Reading asks for no CPU in Ray's accounting, with a few tasks at a time: the engines hold the CPUs, and a
    reading step that waited for one would wait for ever. (run.small_blocks keeps the blocks small, so that
    the engines share the work evenly.)
    """
    import ray.data

    def light(tasks: int) -> dict[str, Any]:
        return {"num_cpus": 0, "compute": ray.data.TaskPoolStrategy(size=max(1, min(READERS, tasks)))}

    parts = []
    texts = [{"id": i, "path": p} for i, p in inputs.texts if i not in skip]
    if texts:
        blocks = math.ceil(len(texts) / TEXTS_PER_BLOCK)
        parts.append(ray.data.from_items(texts, override_num_blocks=blocks)
                     .map_batches(read_text_files, batch_format="pyarrow", **light(blocks)))
    if inputs.jsonl:
        parts.append(ray.data.read_datasource(jsonl_datasource(inputs.jsonl), num_cpus=0,
                                              concurrency=min(READERS, len(inputs.jsonl))))
    for path in inputs.parquet:
        columns = [name for name in ARTICLE_FIELDS if name in pq.read_schema(path).names]
        parts.append(ray.data.read_parquet(path, columns=columns, num_cpus=0, concurrency=1)
                     .map_batches(parquet_inputs, batch_format="pyarrow", fn_kwargs={"name": Path(path).name},
                                  **light(1)))
    if not parts:
        return None
    return parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
