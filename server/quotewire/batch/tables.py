"""The two Parquet tables a batch run writes, and the rows that go in them.

Quote rows are made from the server's own response message (server/convert.py), so a quote reads the same
whether it came from `quotewire batch` or from `quotewire serve`: bench/batch.py compares the two this way.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from quotewire.v1 import attribution_pb2 as pb
from quotewire.v1 import quotewire_service_pb2 as service_pb

DONE = "done"
ERROR = "error"

# One row per quote. Offsets are code points into the article's text, half-open, as in the gRPC response.
QUOTES = pa.schema([
    ("article_id", pa.string()),
    ("quote_id", pa.string()),
    ("text", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("kind", pa.string()),  # direct, indirect, mixed
    ("method", pa.string()),  # how the speaker was found: named, pronoun, continuation, according_to, colon, none
    ("confidence", pa.float32()),
    ("cue", pa.string()),  # the speech verb as written ("said"), its lemma and offsets
    ("cue_lemma", pa.string()),
    ("cue_start", pa.int64()),
    ("cue_end", pa.int64()),
    ("channel", pa.string()),  # "on Twitter", "in a statement"
    ("speaker_id", pa.string()),  # the entity, one per article ("s1"); null when no one is named
    ("speaker_name", pa.string()),
    ("speaker_kind", pa.string()),  # person, organization, location, group
    ("speaker_titles", pa.list_(pa.string())),
    ("speaker_affiliation", pa.string()),
    ("speaker_aliases", pa.list_(pa.string())),
    ("speaker_start", pa.int64()),  # the mention this quote is attributed to
    ("speaker_end", pa.int64()),
    ("parent_quote_id", pa.string()),
    ("part_of_quote_id", pa.string()),
])

# One row per input article: done (with its counts) or error (with the reason), never neither.
ARTICLES = pa.schema([
    ("id", pa.string()),
    ("status", pa.string()),  # done or error
    ("error_code", pa.string()),  # INVALID_ARGUMENT (refused, as the server refuses it) or INTERNAL (engine failed)
    ("error", pa.string()),
    ("chars", pa.int64()),
    ("quotes", pa.int32()),
    ("speakers", pa.int32()),
    ("notices", pa.int32()),  # e.g. a sentence too long to parse was cut
    ("model_version", pa.string()),
    ("title", pa.string()),
    ("url", pa.string()),
    ("publish_time", pa.string()),
    ("seconds", pa.float64()),  # the engine's time on the article
])

# What the engine reads: every input (a .txt file, a JSON line, a Parquet row) becomes this; `problem` says why
# one cannot be read as an article at all (not UTF-8, not JSON, no id).
INPUTS = pa.schema([
    ("id", pa.string()),
    ("text", pa.string()),
    ("title", pa.string()),
    ("url", pa.string()),
    ("publish_time", pa.string()),
    ("language", pa.string()),
    ("problem", pa.string()),
])
ARTICLE_FIELDS = ("id", "text", "title", "url", "publish_time", "language")


def _enum(name: str, prefix: str) -> str:
    return name.removeprefix(prefix).lower()


def _span(span: pb.Span) -> tuple[int, int]:
    return span.start, span.end


def quote_rows(response: service_pb.AttributeArticleResponse) -> list[dict[str, Any]]:
    """The response's quotes as QUOTES rows, each with its speaker entity flattened in."""
    speakers = {s.id: s for s in response.speakers}
    rows = []
    for quote in response.quotes:
        speaker = speakers.get(quote.speaker_id) if quote.speaker_id else None
        cue = quote.cue if quote.HasField("cue") else None
        rows.append({
            "article_id": response.article_id,
            "quote_id": quote.id,
            "text": quote.text,
            "start": quote.span.start,
            "end": quote.span.end,
            "kind": _enum(pb.QuoteKind.Name(quote.kind), "QUOTE_KIND_"),
            "method": _enum(pb.AttributionMethod.Name(quote.attribution_method), "ATTRIBUTION_METHOD_"),
            "confidence": quote.confidence,
            "cue": cue.span.text if cue else None,
            "cue_lemma": cue.lemma if cue else None,
            "cue_start": cue.span.start if cue else None,
            "cue_end": cue.span.end if cue else None,
            "channel": quote.channel.text if quote.HasField("channel") else None,
            "speaker_id": quote.speaker_id or None,
            "speaker_name": speaker.name if speaker else None,
            "speaker_kind": _enum(pb.SpeakerKind.Name(speaker.kind), "SPEAKER_KIND_") if speaker else None,
            "speaker_titles": list(speaker.titles) if speaker else [],
            "speaker_affiliation": (speaker.affiliation or None) if speaker else None,
            "speaker_aliases": list(speaker.aliases) if speaker else [],
            "speaker_start": quote.speaker_span.start if quote.HasField("speaker_span") else None,
            "speaker_end": quote.speaker_span.end if quote.HasField("speaker_span") else None,
            "parent_quote_id": quote.parent_quote_id or None,
            "part_of_quote_id": quote.part_of_quote_id or None,
        })
    return rows


def article_row(article: dict[str, Any], *, status: str, error_code: str | None = None, error: str | None = None,
                response: service_pb.AttributeArticleResponse | None = None, seconds: float = 0.0) -> dict[str, Any]:
    """One ARTICLES row for an input row (INPUTS), done with its response or failed with a reason."""
    text = article.get("text")
    return {
        "id": article["id"],
        "status": status,
        "error_code": error_code,
        "error": error,
        "chars": len(text) if isinstance(text, str) else 0,
        "quotes": len(response.quotes) if response is not None else 0,
        "speakers": len(response.speakers) if response is not None else 0,
        "notices": len(response.notices) if response is not None else 0,
        "model_version": response.model_version if response is not None else None,
        "title": article.get("title"),
        "url": article.get("url"),
        "publish_time": article.get("publish_time"),
        "seconds": round(seconds, 4),
    }
