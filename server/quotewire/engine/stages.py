"""The rule stages in the order they run over one article, and what each reads and writes: the one place that
says which stage may change what.

The NLP layer (quotewire.engine.nlp) has turned the text into a Stanza analysis. From there every stage is a
one-way step over one ArticleWork: it reads fields that earlier stages wrote and writes its own. Candidates (the
quotes on their way) are the only thing more than one stage writes, and each stage writes its own fields of them,
as `writes` lists; nothing else is changed after the stage that made it. tests/test_stages.py checks the order
(no stage reads what a later one writes) against this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from quotewire.engine.model import Attribution
from quotewire.engine.nlp.document import article_doc
from quotewire.engine.rules.assemble import assemble
from quotewire.engine.rules.candidates import Candidate
from quotewire.engine.rules.coref import resolve_continuations, resolve_pronouns
from quotewire.engine.rules.document import ArticleDoc
from quotewire.engine.rules.pieces import join_pieces
from quotewire.engine.rules.quotes import QuoteScan, find_quotes
from quotewire.engine.rules.reported import find_reported
from quotewire.engine.rules.speakers import attribute_direct, candidates_from


@dataclass
class ArticleWork:
    """One article on its way through the rule stages."""

    text: str
    analysis: Any  # the Stanza Document of the text, from the NLP layer
    doc: ArticleDoc | None = None
    scan: QuoteScan | None = None
    candidates: list[Candidate] = field(default_factory=list)
    attribution: Attribution | None = None

    # what the stages read, once the stage that writes it has run
    @property
    def the_doc(self) -> ArticleDoc:
        assert self.doc is not None, "the document stage has not run"
        return self.doc

    @property
    def the_scan(self) -> QuoteScan:
        assert self.scan is not None, "the quotes stage has not run"
        return self.scan


@dataclass(frozen=True)
class Stage:
    name: str
    does: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]  # "candidates.cue": that field of existing candidates; "candidates+": new candidates
    run: Callable[[ArticleWork], None]


def _document(work: ArticleWork) -> None:
    work.doc = article_doc(work.text, work.analysis)


def _quotes(work: ArticleWork) -> None:
    work.scan = find_quotes(work.text)
    work.candidates = candidates_from(work.scan)


def _speakers(work: ArticleWork) -> None:
    attribute_direct(work.the_doc, work.candidates, work.the_scan.nicknames)


def _reported(work: ArticleWork) -> None:
    work.candidates.extend(find_reported(work.the_doc, work.candidates, work.the_scan.nicknames))


def _pronouns(work: ArticleWork) -> None:
    resolve_pronouns(work.the_doc, work.candidates, work.the_scan.nicknames)


def _continuations(work: ArticleWork) -> None:
    resolve_continuations(work.the_doc, work.candidates)


def _pieces(work: ArticleWork) -> None:
    join_pieces(work.the_doc, work.candidates)


def _entities(work: ArticleWork) -> None:
    work.attribution = assemble(work.the_doc, work.candidates, work.the_scan.nicknames)


STAGES: tuple[Stage, ...] = (
    Stage("document", "the analysis as words with offsets, tags, heads and entities (rules.document)",
          ("text", "analysis"), ("doc",), _document),
    Stage("quotes", "quotations from the marks of the raw text, and nicknames in quotes (rules.quotes)",
          ("text",), ("scan", "candidates+"), _quotes),
    Stage("speakers", "cue verb and speaker mention of each direct quote (rules.speakers, rules.cues)",
          ("doc", "scan", "candidates"),
          ("candidates.cue", "candidates.mention", "candidates.method", "candidates.channel", "candidates.kind"),
          _speakers),
    Stage("reported", "indirect and mixed quotes around verbs of saying (rules.reported)",
          ("doc", "scan", "candidates"), ("candidates+", "candidates.dropped"), _reported),
    Stage("pronouns", "what each pronoun speaker refers to (rules.coref)",
          ("doc", "scan", "candidates"), ("candidates.antecedent",), _pronouns),
    Stage("continuations", "unattributed quotes that carry on the speaker before them (rules.coref, "
          "rules.quoted_names)",
          ("doc", "candidates"), ("candidates.continues", "candidates.cue", "candidates.method"), _continuations),
    Stage("pieces", "quotes that are later pieces of one statement (rules.pieces)",
          ("doc", "candidates"), ("candidates.piece_of",), _pieces),
    Stage("entities", "speaker entities with names, titles, affiliation and mentions; the result (rules.entities, "
          "rules.titles, rules.roles, rules.descriptions, rules.quoted_names, rules.assemble)",
          ("doc", "scan", "candidates"), ("attribution",), _entities),
)


def run_stages(work: ArticleWork, stages: tuple[Stage, ...] = STAGES,
               run: Callable[[Stage, ArticleWork], None] = lambda stage, work: stage.run(work)) -> Attribution:
    """Run `stages` in order over `work` (each through `run`, which may wrap it) and return the result."""
    for stage in stages:
        run(stage, work)
    assert work.attribution is not None, "the entities stage has not run"
    return work.attribution


def attribute_doc(doc: ArticleDoc) -> Attribution:
    """Every rule stage after `document`, over a document already built: by the NLP layer, or by hand in tests."""
    return run_stages(ArticleWork(doc.text, analysis=None, doc=doc), STAGES[1:])
