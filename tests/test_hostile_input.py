"""What bounds the cost of an article whatever it holds, tested without models: the quote finder over pathological
texts, the cut of sentences too long to parse, entity drafts that stay cheap as mentions pile up, the worker's
memory cap, and the server's small defences (IPv6 hosts, rate-limited refusal warnings). Times and memory are
measured by bench/load.py's hostile phase, not asserted here."""

from __future__ import annotations

import subprocess
import sys

import hostile_texts
import pytest

from quotewire.engine import Attribution, Engine, Notice, NoticeCode
from quotewire.engine.model import Span
from quotewire.engine.nlp.long_sentences import MAX_MARKUP_WORDS, MAX_SENTENCE_WORDS, split_sentences
from quotewire.engine.rules.entities import EntityDraft, same_entity
from quotewire.engine.rules.mentions import Mention
from quotewire.engine.rules.quotes import find_quotes, text_for_parsing
from quotewire.server.app import host_port
from quotewire.server.convert import attribution_to_proto
from quotewire.server.security import RefusalWarnings
from quotewire.server.workers import is_out_of_memory


@pytest.mark.parametrize("name", sorted(hostile_texts.MAKERS))
def test_every_quote_found_in_a_hostile_text_lies_inside_it(name: str) -> None:
    text = hostile_texts.MAKERS[name](20_000)
    assert len(text) <= 20_000
    scan = find_quotes(text)
    for quote in scan.quotes:
        assert 0 <= quote.content.start <= quote.content.end <= len(text)
        assert quote.content.text == text[quote.content.start:quote.content.end]
        assert quote.parent is None or quote.parent < len(scan.quotes)
    assert len(text_for_parsing(text)) == len(text)


def test_a_thousand_levels_of_nesting_give_one_quote_not_one_per_level() -> None:
    text = hostile_texts.nested_curly(12_000)
    assert text.count("“") > 900
    assert len(find_quotes(text).quotes) == 1


def test_a_wall_of_marks_is_no_words_for_the_parser() -> None:
    for make in (hostile_texts.straight_wall, hostile_texts.curly_wall, hostile_texts.guillemet_wall):
        assert not text_for_parsing(make(5_000)).strip()


def test_ordinary_quote_marks_stay_for_the_parser() -> None:
    text = "“‘No,’ she said,” he recalled. \"Fine,\" they said."
    assert text_for_parsing(text) == text


def test_typewriter_marks_reach_the_parser_as_the_house_marks() -> None:
    assert text_for_parsing("He recalled. ''Fine,'' they said.") == "He recalled.  “Fine,”  they said."


def _sentence(words: list[str]) -> list[dict[str, object]]:
    """A tokenized sentence as Stanza's Document.to_dict() gives it: one entry per word, with offsets."""
    entries, at = [], 0
    for n, word in enumerate(words, start=1):
        entries.append({"id": n, "text": word, "start_char": at, "end_char": at + len(word)})
        at += len(word) + 1
    return entries


def test_a_sentence_over_the_limit_is_cut_after_its_last_comma_in_reach() -> None:
    words = ["word"] * 7 + [","] + ["word"] * 6
    sentences, cuts = split_sentences([_sentence(words)], limit=10)
    assert [len(s) for s in sentences] == [8, 6]  # after the comma, in the second half of the window
    assert [e["id"] for e in sentences[1]] == [1, 2, 3, 4, 5, 6]
    assert cuts == [sentences[1][0]["start_char"]]


def test_a_sentence_with_no_punctuation_is_cut_at_the_limit() -> None:
    sentences, cuts = split_sentences([_sentence(["w"] * 25)], limit=10)
    assert [len(s) for s in sentences] == [10, 10, 5]
    assert len(cuts) == 2


def test_short_sentences_are_left_alone() -> None:
    sentence = _sentence(["Hello", ",", "world", "."])
    assert split_sentences([sentence], limit=10) == ([sentence], [])


def test_a_multi_word_token_is_never_cut() -> None:
    sentence = _sentence(["w"] * 8)
    sentence += [{"id": (9, 10), "text": "can't", "start_char": 100, "end_char": 105},
                 {"id": 9, "text": "ca"}, {"id": 10, "text": "n't"},
                 {"id": 11, "text": "w", "start_char": 106, "end_char": 107}]
    sentences, cuts = split_sentences([sentence], limit=9)
    assert [len(s) for s in sentences] == [8, 4]
    assert [e["id"] for e in sentences[1]] == [(1, 2), 1, 2, 3]  # the token and its words went together
    assert cuts == [100]


def test_a_wall_of_marks_and_letters_is_cut_at_the_markup_limit() -> None:
    sentences, cuts = split_sentences([_sentence(['"', "a", '"'] * 50)])  # `"a" ` again and again: 150 words
    assert sum(len(s) for s in sentences) == 150
    assert all(MAX_MARKUP_WORDS // 2 < len(s) <= MAX_MARKUP_WORDS for s in sentences[:-1])
    assert len(cuts) == len(sentences) - 1 >= 150 // MAX_MARKUP_WORDS


def test_prose_of_the_same_length_is_not_cut() -> None:
    words = ["The", "committee", "said", "that", "the", "plan", ",", "which", "officials", "reviewed", "in", "March"]
    sentence = _sentence((words * 13)[:150])
    assert split_sentences([sentence]) == ([sentence], [])


def test_the_limit_is_above_every_news_sentence() -> None:
    assert MAX_SENTENCE_WORDS >= 150  # the longest PolNeAR dev sentence has 97 words


def _mention(text: str, label: str | None = "PER") -> Mention:
    span = Span(0, len(text), text)
    return Mention(span=span, head=0, name=span, label=label)


def test_an_entity_draft_reads_its_mentions_as_they_arrive() -> None:
    draft = EntityDraft()
    for text in ["Maria Lopez", "Lopez", "Maria Lopez"]:
        draft.add(_mention(text))
    assert draft.person
    assert draft.surname() == "lopez"
    assert draft.first_names() == {"maria"}
    assert draft.name_texts() == ["Maria Lopez", "Lopez"]
    assert draft.holds(_mention("Lopez"))
    assert same_entity(draft, _mention("Lopez"))
    assert not same_entity(draft, _mention("Ana Lopez"))


def test_a_draft_built_with_mentions_reads_them_too() -> None:
    draft = EntityDraft([_mention("Lopez", None)])
    assert draft.one_word_names
    assert draft.named == draft.mentions


def test_ipv6_hosts_are_bracketed() -> None:
    assert host_port("::1", 50051) == "[::1]:50051"
    assert host_port("[::]", 1) == "[::]:1"
    assert host_port("127.0.0.1", 50051) == "127.0.0.1:50051"


def test_refused_calls_are_warned_of_at_most_once_per_period(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    warnings = RefusalWarnings(every_s=10.0, clock=lambda: now[0])
    logged = [warnings.warn("/m", "no token") for _ in range(100)]
    assert logged.count(True) == 1
    now[0] = 10.5
    assert warnings.warn("/m", "no token")
    assert "99 more refused since the last warning" in caplog.records[-1].getMessage()


def test_an_allocation_past_the_worker_cap_fails_inside_the_worker() -> None:
    probe = ("from quotewire.server.workers import cap_address_space\n"
             "assert cap_address_space(256 * 2**20) is not None\n"
             "try:\n    bytearray(2 * 2**30)\nexcept MemoryError:\n    print('refused')\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "refused", result.stderr


def test_a_failed_allocation_is_known_through_the_stage_that_wrapped_it() -> None:
    from quotewire.engine.errors import StageError

    cause = RuntimeError("DefaultCPUAllocator: can't allocate memory: you tried to allocate 171798691840 bytes")
    wrapped = StageError("stanza", cause)
    wrapped.__cause__ = cause
    assert is_out_of_memory(wrapped)
    assert is_out_of_memory(MemoryError())
    assert not is_out_of_memory(StageError("quotes", ValueError("bad")))


def test_a_sentence_too_long_to_parse_is_cut_and_the_answer_says_where(engine: Engine) -> None:
    text = 'The mayor said: "' + "we will rebuild the bridge, " * 40 + 'and soon."'  # about 250 words
    result = engine.attribute(text)
    assert [notice.code for notice in result.notices] == [NoticeCode.SENTENCE_SPLIT]
    cut = result.notices[0].span.start
    assert text[cut - 2:cut] == ", "  # after a comma, in the second half of the 200 words
    assert [q.text for q in result.quotes] == [text[17:-1]]  # the quote is found whole all the same


def test_the_notice_reaches_the_response() -> None:
    attribution = Attribution(notices=(Notice(NoticeCode.SENTENCE_SPLIT, "cut", Span(5, 5, "")),))
    response = attribution_to_proto(attribution, article_id="a", model_version="m")
    assert [(n.code, n.span.start, n.span.end) for n in response.notices] == [("sentence_split", 5, 5)]
