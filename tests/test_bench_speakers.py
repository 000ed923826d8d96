"""The pure parts of bench/speakers.py and the PolNeAR name check: the CoNLL-U reader, alignment, names, scoring.

A small GUM-like document written here, and attributions built by hand: no models, no shared data.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quotewire.engine.model import Attribution, Quote, QuoteKind, Span, Speaker, SpeakerKind
from samples import ROOT

if TYPE_CHECKING:
    from bench import polnear_score, speakers
else:
    sys.path.insert(0, str(ROOT / "bench"))
    polnear_score = importlib.import_module("polnear_score")
    speakers = importlib.import_module("speakers")

# "Cres Eastman said it was serious." / "“We can't wait,” he said." The person Cres Eastman is entity 1 (mentions
# "Cres Eastman" and "he"), "it" entity 2, "We" entity 3 (a person, no name); "can't" is a multiword token.
CONLLU = """\
# newdoc id = GUM_news_sample
# meta::genre = news
# newpar
# text = Cres Eastman said it was serious.
1\tCres\tCres\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-sss-cf1-1,2-coref
2\tEastman\tEastman\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
4\tit\tit\tPRON\tPRP\t_\t6\tnsubj\t_\tEntity=(2-abstract-new-sss-cf2-1-coref)
5\twas\tbe\tAUX\tVBD\t_\t6\tcop\t_\t_
6\tserious\tserious\tADJ\tJJ\t_\t3\tccomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# newpar
# text = “We can't wait,” he said.
1\t“\t“\tPUNCT\t``\t_\t5\tpunct\t_\tSpaceAfter=No
2\tWe\twe\tPRON\tPRP\t_\t5\tnsubj\t_\tEntity=(3-person-new-sss-cf1-1-coref)
3-4\tcan't\t_\t_\t_\t_\t_\t_\t_\t_
3\tca\tcan\tAUX\tMD\t_\t5\taux\t_\t_
4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_
5\twait\twait\tVERB\tVB\t_\t8\tccomp\t_\tSpaceAfter=No
6\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\tSpaceAfter=No
7\t”\t”\tPUNCT\t''\t_\t5\tpunct\t_\t_
8\the\the\tPRON\tPRP\t_\t9\tnsubj\t_\tEntity=(1-person-giv-sss-cf1-1-coref)
9\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_

"""
TEXT = "Cres Eastman said it was serious.\n\n“We can't wait,” he said."


@pytest.fixture
def doc(tmp_path: Path) -> speakers.GumDoc:
    path = tmp_path / "GUM_news_sample.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return speakers.read_conllu(path)


def at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def span(word: str, nth: int = 0) -> Span:
    return Span.of(TEXT, *at(word, nth))


def test_the_text_and_offsets_of_the_words(doc: speakers.GumDoc) -> None:
    assert doc.text == TEXT
    assert doc.genre == "news"
    for word in doc.words:
        if word.text not in ("ca", "n't"):
            assert doc.text[word.start:word.end] == word.text
    assert [doc.text[w.start:w.end] for w in doc.words if w.text in ("ca", "n't")] == ["can't", "can't"]


def test_mentions_heads_and_names(doc: speakers.GumDoc) -> None:
    found = {(m.entity, doc.text[m.start:m.end], doc.words[m.head].text) for m in doc.mentions}
    assert found == {(1, "Cres Eastman", "Cres"), (2, "it", "it"), (3, "We", "We"), (1, "he", "he")}
    assert doc.names == {1: [("cres", "eastman")], 2: [], 3: []}
    assert [m.kind(doc.words) for m in doc.mentions] == ["proper", "pronoun", "pronoun", "pronoun"]


def test_alignment(doc: speakers.GumDoc) -> None:
    def entity(s: tuple[int, int]) -> int | None:
        mention = speakers.align(s, doc)
        return None if mention is None else mention.entity

    assert entity(at("Cres Eastman")) == 1
    assert entity(at("he", 0)) == 1  # "he" of "he said", not inside "serious"
    assert entity(at("Eastman")) == 1  # no head inside: the mention that holds it
    assert entity(at("said")) is None
    assert entity((0, len("Cres Eastman said it"))) == 1  # covers most of the span


def test_names_match() -> None:
    gold = ("professor", "cres", "eastman")
    assert polnear_score.names_match("Cres Eastman", gold)
    assert polnear_score.names_match("Eastman", gold)
    assert polnear_score.names_match("Prof. Cres Eastman", gold)
    assert not polnear_score.names_match("Cres", gold)
    assert not polnear_score.names_match("Professor", gold)
    assert not polnear_score.names_match("Jan", ("jan", "van", "der", "berg"))
    assert polnear_score.name_words("Sen. O'Neill's") == ("sen", "o'neill")


def test_names_agree_with_one_mention() -> None:
    assert polnear_score.names_agree("Donald Trump", ("trump",))
    assert polnear_score.names_agree("Cruz", ("sen", "ted", "cruz"))
    assert not polnear_score.names_agree("Douglas Holtz", ("mr", "holtz-eakin"))
    assert not polnear_score.names_agree("John F.", ("secretary", "of", "state", "john", "f", "kerry"))


def test_names_agree_with_an_acronym_of_the_name() -> None:
    # a source "IMF" for the speaker "International Monetary Fund", and the other way round
    assert polnear_score.names_agree("International Monetary Fund", ("imf",))
    assert polnear_score.names_agree("IMF", ("the", "international", "monetary", "fund"))
    assert polnear_score.names_agree("Bureau of Labor Statistics", ("bls",))
    assert not polnear_score.names_agree("International Monetary Fund", ("imp",))
    assert not polnear_score.names_agree("Ann Moss", ("am",))  # no one's initials
    assert not polnear_score.names_agree("Rep", ("rep", "adam", "schiff"))


def test_judge(doc: speakers.GumDoc) -> None:
    assert speakers.judge("Cres Eastman", 1, doc)
    assert not speakers.judge("Cres", 1, doc)
    assert not speakers.judge("the professor", 1, doc)
    assert speakers.judge("the team", 3, doc)  # no gold name: right unless another entity's name
    assert not speakers.judge("Eastman", 3, doc)
    assert speakers.error_kind("Eastman", 3, doc) == "another entity's name (person)"
    assert speakers.error_kind("the professor", 1, doc) == "a common noun as name"


def test_source_name() -> None:
    assert polnear_score.source_name("Sen. Ted Cruz") == ("sen", "ted", "cruz")
    assert polnear_score.source_name("the White House") == ("white", "house")
    assert polnear_score.source_name("Jan van der Berg") == ("jan", "van", "der", "berg")
    assert polnear_score.source_name("Rep. John Mica (R-Fla.)") == ("rep", "john", "mica")
    for text in ("He", "The president", "Trump's campaign", "officials", "Sen. Ted Cruz, R-Texas"):
        assert polnear_score.source_name(text) is None
    article = "Officials met officials. Officials said no."
    assert polnear_score.source_name("Officials", article, article.index("Officials said")) is None


def attribution(*, he_in: str, we_in: str, we_name: str = "the team") -> Attribution:
    """Cres Eastman's speaker entity, and "We" in the entity `we_in` ("s1" merges it into Eastman's)."""
    mentions: dict[str, list[Span]] = {"s1": [span("Cres Eastman")], "s2": []}
    mentions[he_in].append(span("he"))
    mentions[we_in].append(span("We"))
    entities = [Speaker("s1", "Cres Eastman", SpeakerKind.PERSON, mentions=tuple(mentions["s1"]))]
    if mentions["s2"]:
        entities.append(Speaker("s2", we_name, SpeakerKind.PERSON, mentions=tuple(mentions["s2"])))
    quote = Quote("q1", Span.of(TEXT, *at("We can't wait")), QuoteKind.DIRECT, speaker_id=we_in,
                  speaker_span=span("We"))
    said = Quote("q2", span("it was serious"), QuoteKind.INDIRECT, speaker_id="s1", speaker_span=span("Cres Eastman"))
    piece = Quote("q3", span("serious"), QuoteKind.INDIRECT, speaker_id="s1", part_of_quote_id="q2")
    lone = Quote("q4", span("wait"), QuoteKind.DIRECT, speaker_id=he_in)  # a continuation: no speaker span
    return Attribution((said, piece, quote, lone), tuple(entities))


def test_scoring_a_document(doc: speakers.GumDoc) -> None:
    score = speakers.score_document(doc, attribution(he_in="s1", we_in="s2"))
    counts = score.counts
    assert counts["quotes"] == 3  # the later piece is not a statement of its own
    assert (counts["scored"], counts["right"], counts["no speaker span"]) == (2, 2, 1)
    assert (counts["proper right"], counts["pronoun right"], counts["nominal scored"]) == (1, 1, 0)
    assert (counts["merges"], counts["splits"]) == (0, 0)

    wrong = speakers.score_document(doc, attribution(he_in="s1", we_in="s2", we_name="Eastman"))
    assert (wrong.counts["right"], wrong.errors[0]["error"]) == (1, "another entity's name (person)")


def test_merges_and_splits(doc: speakers.GumDoc) -> None:
    assert speakers.merges_and_splits(doc, attribution(he_in="s1", we_in="s1")) == (1, 0)  # We and Eastman as one
    assert speakers.merges_and_splits(doc, attribution(he_in="s2", we_in="s2")) == (1, 1)  # "he" with We, apart


def test_gum_splits_are_read() -> None:
    if not (speakers.GUM / "splits.md").exists():
        pytest.skip("GUM is not in ../shared/data/gum")
    dev, test = speakers.split_names("dev"), speakers.split_names("test")
    assert dev
    assert test
    assert not set(dev) & set(test)
    assert "GUM_news_iodine" in dev
