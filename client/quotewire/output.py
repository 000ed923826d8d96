"""How the CLI prints responses: a readable table, or protobuf's JSON mapping with the proto field names."""

from __future__ import annotations

import json
from typing import Any

import click
from google.protobuf import json_format

from quotewire.errors import QuotewireError, from_article_error
from quotewire.v1 import attribution_pb2 as pb
from quotewire.v1 import quotewire_service_pb2 as service_pb

QUOTE_WIDTH = 60
KIND_LABELS = {pb.QUOTE_KIND_DIRECT: "direct", pb.QUOTE_KIND_INDIRECT: "indirect", pb.QUOTE_KIND_MIXED: "mixed"}


def to_dict(response: service_pb.AttributeArticleResponse) -> dict[str, Any]:
    """The JSON mapping other tools read: proto field names, empty lists and zeros included for stable keys."""
    result: dict[str, Any] = json_format.MessageToDict(
        response, preserving_proto_field_name=True, always_print_fields_with_no_presence=True)
    return result


def to_json(response: service_pb.AttributeArticleResponse) -> str:
    """One response, indented for reading."""
    return json.dumps(to_dict(response), indent=2, ensure_ascii=False)


def to_json_array(responses: list[dict[str, Any]]) -> str:
    """Several responses as one JSON document."""
    return json.dumps(responses, indent=2, ensure_ascii=False)


def to_json_line(response: service_pb.AttributeArticleResponse) -> str:
    """One response on one line, for JSON Lines."""
    return json.dumps(to_dict(response), ensure_ascii=False, separators=(",", ":"))


def error_json_line(article_id: str, error: QuotewireError) -> str:
    """A failed article keeps its line in JSON Lines output, so line N is still article N."""
    code = error.code.name if error.code is not None else "CLIENT"
    body = {"article_id": article_id, "error": {"code": code, "message": error.message}}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def clip(text: str, width: int) -> str:
    """One line, at most `width` characters, marked when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def to_table(response: service_pb.AttributeArticleResponse) -> str:
    """A heading for the article, then one row per quote: id, kind, quote, speaker, titles."""
    speakers = {s.id: s for s in response.speakers}
    heading = (f"{response.article_id or '(no id)'}: {len(response.quotes)} quotes, "
               f"{len(response.speakers)} speakers ({response.model_version})")
    rows = [("id", "kind", "quote", "speaker", "titles")]
    for quote in response.quotes:
        speaker = speakers.get(quote.speaker_id)
        rows.append((
            quote.id,
            KIND_LABELS.get(quote.kind, "?"),
            clip(quote.text, QUOTE_WIDTH),
            speaker.name if speaker else "(unknown)",
            "; ".join(speaker.titles) if speaker else "",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
             for row in rows]
    return "\n".join([heading, *("  " + line.rstrip() for line in lines)])


class Printer:
    """Prints stream entries in input order in the chosen format, reporting failed articles on stderr."""

    def __init__(self, fmt: str, *, many: bool) -> None:
        self.fmt = fmt
        self.many = many
        self.printed = 0
        self.failures: list[QuotewireError] = []
        self._collected: list[dict[str, Any]] = []
        self._waiting: dict[int, service_pb.AttributeArticlesResponse] = {}

    def add(self, entry: service_pb.AttributeArticlesResponse) -> None:
        """Entries arrive as articles finish; hold each until every article before it is printed."""
        self._waiting[entry.index] = entry
        while self.printed in self._waiting:
            self._print(self._waiting.pop(self.printed))

    def _print(self, entry: service_pb.AttributeArticlesResponse) -> None:
        """One article: its result in the chosen format, or its error on stderr (and as a JSON line)."""
        self.printed += 1
        article_id = entry.article_id or f"#{entry.index}"
        if entry.HasField("error"):
            error = from_article_error(entry.error)
            self.failures.append(error)
            click.echo(f"Error: {article_id}: {error.message}", err=True)
            if self.fmt == "jsonl":
                click.echo(error_json_line(article_id, error))
        elif self.fmt == "text":
            click.echo(to_table(entry.result) + ("\n" if self.many else ""))
        elif self.fmt == "jsonl":
            click.echo(to_json_line(entry.result))
        elif self.many:
            self._collected.append(to_dict(entry.result))
        else:
            click.echo(to_json(entry.result))

    def finish(self) -> None:
        """With several articles, `json` prints one array at the end."""
        if self.fmt == "json" and self.many:
            click.echo(to_json_array(self._collected))
