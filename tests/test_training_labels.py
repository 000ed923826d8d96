"""The NER training labels that training/prepare.py draws from GUM's entity annotation, on real GUM sentences."""

from __future__ import annotations

import importlib.util
import types

import pytest

from samples import ROOT

GUM = ROOT.parent / "shared" / "data" / "gum"


def _load_prepare() -> types.ModuleType:  # training/ is a folder of scripts beside the package, not an installed module
    spec = importlib.util.spec_from_file_location("quotewire_training_prepare", ROOT / "training" / "prepare.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


prepare = _load_prepare()


def tagged(document: str, starts_with: str, perx: bool = True, title_case: bool = False) -> dict[str, str]:
    """Word -> NER tag for the tagged words of the GUM sentence whose text starts with `starts_with`."""
    for block in prepare.read_sentences(GUM / f"{document}.conllu"):
        if any(line.startswith(f"# text = {starts_with}") for line in block):
            tokens, spans = prepare.gum_entities(block)
            tags = prepare.ner_tags(tokens, spans, perx, title_case)
            return {word: tag for (word, _), tag in zip(tokens, tags, strict=True) if tag != "O"}
    pytest.fail(f"no sentence starting {starts_with!r} in {document}")


def test_a_name_after_a_title_is_perx_and_a_name_on_its_own_is_per() -> None:
    # GUM's person mention is "outgoing governor Bob McDonnell": not all proper nouns, so not a named person
    assert tagged("GUM_interview_libertarian", "Whoever wins election") == {"Bob": "B-PERX", "McDonnell": "E-PERX"}
    on_its_own = tagged("GUM_interview_libertarian", "What are your thoughts on the job Bob McDonnell")
    assert on_its_own["McDonnell"] == "E-PER"


def test_the_shipped_labels_leave_those_names_out() -> None:
    # the shipped tagger's labels (and the named-person gold) keep GUM's convention: no PERX, and the name O
    assert tagged("GUM_interview_libertarian", "Whoever wins election", perx=False) == {}
    tags = tagged("GUM_bio_dvorak", "Following Smetana's nationalist example", perx=False)
    assert "Smetana" not in tags
    assert tags["Dvořák"] == "S-PER"


def test_a_possessive_name_is_perx() -> None:
    tags = tagged("GUM_bio_dvorak", "Following Smetana's nationalist example")
    assert tags["Smetana"] == "S-PERX"
    assert tags["Dvořák"] == "S-PER"


def test_a_name_that_another_entity_holds_is_not_the_persons() -> None:
    # "the Libertarian Party's nominee for Governor of Virginia": "Party" belongs to the organisation, and the
    # mention ends in a place, so nothing in it is tagged PERX
    tags = tagged("GUM_interview_libertarian", "Attorney Robert Sarvis, the Libertarian Party's nominee")
    assert "Party" not in tags
    assert "Governor" not in tags
    assert tags["Sarvis"] == "E-PER"
    assert tags["Virginia"] == "S-LOC"
    assert tags["William"] == "B-PERX"  # "accredited Wikinews reporter William Saturn"


def test_title_case_names_of_places_and_organisations_are_named_with_title_case() -> None:
    # GUM tags "United" VERB, "Libertarian" ADJ and "of" ADP: not all proper nouns, so the shipped labels leave
    # "the United States", "Libertarian Party" and "Medical Journal of Australia" O, and a tagger learns them as O
    chao = "Born in Tianjin with ancestry in Changzhou"
    assert "United" not in tagged("GUM_bio_chao", chao, perx=False)
    tags = tagged("GUM_bio_chao", chao, perx=False, title_case=True)
    assert (tags["United"], tags["States"]) == ("B-LOC", "E-LOC")
    sarvis = tagged("GUM_interview_libertarian", "Wikinews interviews Robert Sarvis", perx=False, title_case=True)
    assert (sarvis["Libertarian"], sarvis["Party"]) == ("B-ORG", "E-ORG")
    assert (sarvis["Robert"], sarvis["Sarvis"]) == ("B-PER", "E-PER")
    iodine = tagged("GUM_news_iodine", "The results of the Australian National", perx=False, title_case=True)
    assert [iodine[w] for w in ("Medical", "Journal", "of", "Australia")] == ["B-ORG", "I-ORG", "I-ORG", "E-ORG"]


def test_title_case_leaves_persons_to_the_proper_noun_rule() -> None:
    # the person target is scored on proper-noun spans: "outgoing governor Bob McDonnell" stays out
    assert tagged("GUM_interview_libertarian", "Whoever wins election", perx=False, title_case=True) == {}


def named(document: str, starts_with: str) -> dict[str, str]:
    """Word -> tag of the ordinary name spans (name_tags) in the GUM sentence whose text starts with `starts_with`."""
    for block in prepare.read_sentences(GUM / f"{document}.conllu"):
        if any(line.startswith(f"# text = {starts_with}") for line in block):
            tokens, spans = prepare.gum_entities(block)
            tags = prepare.name_tags(tokens, spans, prepare.plural_words(block))
            return {word: tag for (word, _), tag in zip(tokens, tags, strict=True) if tag != "O"}
    pytest.fail(f"no sentence starting {starts_with!r} in {document}")


def test_ordinary_name_spans_mark_every_persons_name_and_leave_titles_out() -> None:
    # UNER's convention, the names a reader marks: inside "outgoing governor Bob McDonnell" and "Smetana's" too
    assert named("GUM_interview_libertarian", "Whoever wins election") == {"Bob": "B-PER", "McDonnell": "E-PER"}
    assert named("GUM_bio_dvorak", "Following Smetana's nationalist example")["Smetana"] == "S-PER"
    # a title written as a proper noun is no part of the name: "US President [Barack Obama]"
    tags = named("GUM_news_clock", "US President Barack Obama tweet")
    assert "President" not in tags
    assert (tags["Barack"], tags["Obama"]) == ("B-PER", "E-PER")


def test_ordinary_name_spans_leave_groups_and_other_entities_out() -> None:
    assert "Americans" not in named("GUM_interview_hill", "Today, like many Americans")  # a group, not a name
    tags = named("GUM_interview_libertarian", "Attorney Robert Sarvis, the Libertarian Party's nominee")
    assert "Party" not in tags
    assert "Governor" not in tags
    assert tags["Virginia"] == "S-LOC"
    assert (tags["William"], tags["Saturn"]) == ("B-PER", "E-PER")  # "accredited Wikinews reporter William Saturn"


def test_uner_iob2_reads_as_spans() -> None:
    sentences = prepare.read_iob2(ROOT.parent / "shared" / "data" / "uner" / "en_ewt-ud-test.iob2")
    doc, words, tags = next(s for s in sentences if s[1][:3] == ["The", "Hank", "Green"])
    assert doc == "answers-20110101171252AA43jJo_ans"
    assert prepare.iob2_spans(tags) == [(1, 2, "PER")]
    assert prepare.bioes(len(words), prepare.iob2_spans(tags))[1:3] == ["B-PER", "E-PER"]
    spans = prepare.iob2_spans(["I-PER", "I-ORG", "O", "B-LOC", "I-LOC"])
    assert spans == [(0, 0, "PER"), (1, 1, "ORG"), (3, 4, "LOC")]
