"""Speakers, reported speech and entities on small news-like texts, through the real engine."""

from __future__ import annotations

import pytest

from quotewire.engine import Attribution, AttributionMethod, Engine, Quote, QuoteKind, Speaker, SpeakerKind
from quotewire.engine.rules.entities import is_acronym_of


def attribute(engine: Engine, text: str) -> Attribution:
    result = engine.attribute(text)
    for quote in result.quotes:  # offsets always point into the text
        assert text[quote.span.start:quote.span.end] == quote.text
    return result


def who(result: Attribution, start: str) -> str | None:
    quote = next(q for q in result.quotes if q.text.startswith(start))
    speaker = result.speaker(quote.speaker_id)
    return speaker.name if speaker else None


def speaker_of(result: Attribution, quote: Quote) -> Speaker:
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None, f"no speaker for {quote.text!r}"
    return speaker


def test_speaker_after_the_quote(engine: Engine) -> None:
    result = attribute(engine, "“We will win this election,” Senator Maria Lopez said on Monday.")
    assert who(result, "We will win") == "Maria Lopez"
    assert result.quotes[0].cue is not None
    assert result.quotes[0].cue.lemma == "say"


def test_inverted_said_name(engine: Engine) -> None:
    result = attribute(engine, "“The budget is balanced,” said Tom Baker, the city treasurer.")
    assert who(result, "The budget") == "Tom Baker"
    baker = next(s for s in result.speakers if s.name == "Tom Baker")
    assert "the city treasurer" in baker.titles or "city treasurer" in baker.titles


def test_speaker_before_the_quote_with_a_colon(engine: Engine) -> None:
    result = attribute(engine, "Prime Minister Anna Berg said: “The talks have failed.”")
    assert who(result, "The talks") == "Anna Berg"


def test_colon_introduction_in_the_paragraph_before(engine: Engine) -> None:
    text = "Mayor John Smith spoke to reporters.\n\nSmith said:\n\n“Our city is safe and will stay safe.”"
    result = attribute(engine, text)
    assert who(result, "Our city") == "John Smith"


def test_pronoun_speaker_resolves_to_the_person(engine: Engine) -> None:
    text = ("Police chief Karen Holt met residents on Friday.\n\n"
            "“Nobody was hurt,” she told reporters.")
    result = attribute(engine, text)
    quote = result.quotes[0]
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "she"
    assert quote.method == AttributionMethod.PRONOUN
    assert who(result, "Nobody") == "Karen Holt"


def test_quote_paragraph_without_attribution_continues_the_speaker(engine: Engine) -> None:
    text = ("“The plant will close in May,” company spokesman David Reyes said.\n\n"
            "“We have no other choice. Costs have doubled.”")
    result = attribute(engine, text)
    second = next(q for q in result.quotes if q.text.startswith("We have no"))
    assert second.method == AttributionMethod.CONTINUATION
    assert who(result, "We have no") == "David Reyes"


def test_multi_paragraph_quote_is_one_quote_with_one_speaker(engine: Engine) -> None:
    text = ("Governor Ellen Park said:\n\n“We acted quickly to protect families.\n\n"
            "“We will keep doing so until the floods recede.”")
    result = attribute(engine, text)
    direct = [q for q in result.quotes if q.kind == QuoteKind.DIRECT]
    assert len(direct) == 1
    assert direct[0].text.endswith("until the floods recede.")
    assert who(result, "We acted") == "Ellen Park"


def test_according_to_names_the_source(engine: Engine) -> None:
    text = "“The deal is done,” according to Reuters."
    result = attribute(engine, text)
    assert who(result, "The deal") == "Reuters"
    assert result.quotes[0].method == AttributionMethod.ACCORDING_TO
    assert result.quotes[0].cue is not None
    assert result.quotes[0].cue.lemma == "according to"
    assert result.quotes[0].cue.span.text == "according to"


def test_reported_speech_is_an_indirect_quote(engine: Engine) -> None:
    text = "The minister said that the new tax would raise billions for schools."
    result = attribute(engine, text)
    (quote,) = result.quotes
    assert quote.kind == QuoteKind.INDIRECT
    assert quote.text.startswith("the new tax")
    assert quote.cue is not None
    assert quote.cue.lemma == "say"


def test_dash_after_a_quote_names_the_speaker(engine: Engine) -> None:
    text = "Readers wrote in.\n\n“Maybe we can build a wall around him.” ― Steve Quinlan\n"
    result = attribute(engine, text)
    assert who(result, "Maybe we") == "Steve Quinlan"
    assert result.quotes[0].cue is not None
    assert result.quotes[0].cue.span.text == "―"  # the dash is what signs the quote


def test_a_dash_ending_the_line_signs_every_quote_on_it(engine: Engine) -> None:
    text = ("Readers wrote in.\n\n“He never listens.” ― Steve Quinlan\n"
            "“He wants a wall and nothing else.” And that is all he has: “a wall.” ― Maria Lopez\n")
    result = attribute(engine, text)
    assert who(result, "He wants a wall") == "Maria Lopez"
    assert who(result, "He never listens") == "Steve Quinlan"


def test_nickname_is_an_alias_not_a_quote(engine: Engine) -> None:
    text = 'Senator William "Bill" Harris said, “The vote is tomorrow.”'
    result = attribute(engine, text)
    assert [q.text for q in result.quotes] == ["The vote is tomorrow."]
    harris = result.speaker(result.quotes[0].speaker_id)
    assert harris is not None
    assert harris.name == "William Harris"
    assert "Bill" in harris.aliases


def test_surname_mentions_merge_into_one_entity(engine: Engine) -> None:
    text = ("“Prices will fall,” economist Laura Chen said.\n\n"
            "Markets rose on Tuesday.\n\n“I was right,” Chen said later.")
    result = attribute(engine, text)
    assert who(result, "Prices") == who(result, "I was right") == "Laura Chen"
    chen = next(s for s in result.speakers if s.name == "Laura Chen")
    assert chen.kind == SpeakerKind.PERSON
    assert {m.text for m in chen.mentions} >= {"Laura Chen", "Chen"}


def test_unbalanced_quotes_do_not_stop_the_article(engine: Engine) -> None:
    text = 'He said " and then nothing.\n\n“This part is fine,” Ana Ruiz said.'
    result = attribute(engine, text)
    assert who(result, "This part") == "Ana Ruiz"


@pytest.mark.parametrize(("short", "long", "expected"), [
    ("CENTCOM", "US Central Command", True),
    ("US", "United States", True),
    ("IRGC", "Islamic Revolutionary Guard Corps", True),
    ("NATO", "North Atlantic Treaty Organization", True),
    ("US", "Joe Buccino", False),
    ("Iran", "Iranian Foreign Ministry", False),
])
def test_acronyms(short: str, long: str, expected: bool) -> None:
    assert is_acronym_of(short, long) is expected


def test_participle_speaker_is_the_noun_it_modifies(engine: Engine) -> None:
    text = "The ad uses footage of Hillary Clinton asking, “Why aren’t I fifty points ahead?”"
    result = attribute(engine, text)
    assert who(result, "Why aren’t I") == "Hillary Clinton"


def test_a_document_can_speak(engine: Engine) -> None:
    text = "“We see charter schools offering parents hope,” the letter reads."
    result = attribute(engine, text)
    quote = result.quotes[0]
    assert quote.cue is not None
    assert quote.cue.lemma == "read"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "the letter"


def test_interrupted_quote_keeps_the_cue(engine: Engine) -> None:
    text = "Mayor Ann Lee met the council.\n\n“The plan is dead,” she said. “We start again on Monday.”"
    result = attribute(engine, text)
    second = next(q for q in result.quotes if q.text.startswith("We start"))
    assert second.method == AttributionMethod.CONTINUATION
    assert second.cue is not None
    assert second.cue.span.text == "said"


def test_inverted_said_with_titles_before_the_name(engine: Engine) -> None:
    text = '"It was a sad moment for Europe," said European Council President Donald Tusk, summing up the talks.'
    result = attribute(engine, text)
    assert who(result, "It was a sad") == "Donald Tusk"


def test_attribution_survives_a_sentence_break_after_an_abbreviation(engine: Engine) -> None:
    text = '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after the hearing.'
    result = attribute(engine, text)
    assert who(result, "Subpoenas") == "Jason Chaffetz"


def test_adverbial_clause_is_not_reported_speech(engine: Engine) -> None:
    result = attribute(engine, "The chairman said after the witness failed to appear that he was angry.")
    assert all(not q.text.startswith("after") for q in result.quotes)


def test_what_a_speaker_talked_about_is_reported(engine: Engine) -> None:
    result = attribute(engine, "The senator talked about the rising cost of health care for an hour.")
    (quote,) = result.quotes
    assert quote.kind == QuoteKind.INDIRECT
    assert quote.text.startswith("the rising cost")
    assert quote.cue is not None
    assert quote.cue.lemma == "talk"


def test_a_criticised_object_is_reported(engine: Engine) -> None:
    result = attribute(engine, "Republicans criticized the new spending plan on Monday.")
    assert [q.text for q in result.quotes] == ["the new spending plan"]


def test_sources_said_after_a_clause_with_call_for(engine: Engine) -> None:
    text = "Protocol called for the nominee to be taken to a trauma center, sources said."
    result = attribute(engine, text)
    assert [q.kind for q in result.quotes] == [QuoteKind.INDIRECT]
    assert "called for the nominee" in result.quotes[0].text
    assert result.quotes[0].speaker_span is not None
    assert result.quotes[0].speaker_span.text == "sources"


def test_continuation_takes_the_cue_of_the_quote_it_continues(engine: Engine) -> None:
    text = ("“This is in their heads,” said Caddell, speaking of the health issue. "
            "“It is one of the things worrying them.”")
    result = attribute(engine, text)
    second = next(q for q in result.quotes if q.text.startswith("It is one"))
    assert who(result, "It is one") == "Caddell"
    assert second.cue is not None
    assert second.cue.span.text == "said"


def test_says_with_a_clause_parsed_as_xcomp(engine: Engine) -> None:
    # the parser makes "it raised ..." an xcomp of "says"; it is still what the campaign said
    text = ("7:10 p.m.\n\nBernie Sanders’ campaign says it raised more than $21 million in January, bringing its "
            "total for the campaign to almost $95 million.")
    result = attribute(engine, text)
    quote = next(q for q in result.quotes if q.text.startswith("it raised more than $21 million"))
    assert quote.kind == QuoteKind.INDIRECT
    assert quote.cue is not None
    assert quote.cue.lemma == "say"
    assert quote.speaker_id  # the campaign; naming it "Bernie Sanders’ campaign" is later work


def test_a_colon_is_the_cue_when_no_verb_introduces_the_quote(engine: Engine) -> None:
    result = attribute(engine, "Senator Lindsey Graham: “The party has to unite behind one candidate now.”")
    quote = next(q for q in result.quotes if q.text.startswith("The party"))
    assert who(result, "The party") == "Lindsey Graham"
    assert quote.cue is not None
    assert quote.cue.span.text == ":"


def test_a_continuation_in_the_next_paragraph_keeps_the_cue(engine: Engine) -> None:
    text = ("“Ted Cruz is the best conservative candidate since Ronald Reagan,” Richard Viguerie notes.\n\n"
            "“He is what we have waited for ever since Reagan.”")
    result = attribute(engine, text)
    second = next(q for q in result.quotes if q.text.startswith("He is what"))
    assert who(result, "He is what") == "Richard Viguerie"
    assert second.cue is not None
    assert second.cue.lemma == "note"


def test_a_headline_name_and_colon_attributes_the_line(engine: Engine) -> None:
    text = ("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win Presidency\n\n"
            "UPDATE: The vote was delayed until Tuesday evening.")
    result = attribute(engine, text)
    quote = next(q for q in result.quotes if q.text.startswith("Trump’s"))
    assert quote.kind == QuoteKind.MIXED  # the single-quoted words are folded into the line
    assert who(result, "Trump’s") == "Graham"
    assert quote.cue is not None
    assert quote.cue.span.text == ":"
    assert not any(q.text.startswith("The vote") for q in result.quotes)  # "UPDATE" is not a source


def test_what_someone_refuses_or_backs_is_attributed(engine: Engine) -> None:
    result = attribute(engine, "Senator Ted Cruz refused to disavow the endorsement of Lindsey Graham on Sunday. "
                               "Governor Mark Dayton is backing Hillary Clinton.")
    refused = next(q for q in result.quotes if q.text.startswith("to disavow the endorsement"))
    assert refused.cue is not None
    assert refused.cue.lemma == "refuse"
    assert who(result, "to disavow") == "Ted Cruz"
    assert who(result, "Hillary Clinton") == "Mark Dayton"


def test_calling_someone_something_is_attributed(engine: Engine) -> None:
    result = attribute(engine, "Former Governor Martin O’Malley called Donald Trump a dangerous demagogue.")
    quote = next(q for q in result.quotes if q.text.startswith("Donald Trump a dangerous demagogue"))
    assert quote.cue is not None
    assert quote.cue.lemma == "call"
    assert who(result, "Donald Trump a") == "Martin O’Malley"


def test_a_that_clause_the_parse_makes_adverbial_or_coordinated_is_still_what_was_said(engine: Engine) -> None:
    told = attribute(engine, "Rubio told a crowd in Miami Tuesday that he knows that voters are angry and that "
                             "there is a hunger for new faces and voices in government.")
    assert any(q.text.startswith("he knows that voters are angry and that there is a hunger")
               and q.cue is not None and q.cue.lemma == "tell" for q in told.quotes)
    said = attribute(engine, "Sanders said he’s heading now to South Carolina and that he has an excellent chance "
                             "to win many of the states voting on Super Tuesday.")
    assert any(q.text.startswith("he’s heading now to South Carolina and that he has an excellent chance")
               for q in said.quotes)


def quote_starting(result: Attribution, start: str) -> Quote:
    quote = next((q for q in result.quotes if q.text.startswith(start)), None)
    assert quote is not None, f"no quote starts with {start!r}"
    return quote


def test_transcript_turn_is_one_quote_even_with_a_reported_clause_inside(engine: Engine) -> None:
    text = ("Governor Mike Pence spoke to Chris Wallace on Sunday.\n\n"
            "PENCE: Well, look, the senator apparently thinks this campaign is a game show. "
            "But this is a serious business.\n\n"
            "WALLACE: Do you really see those two as equivalent?")
    result = attribute(engine, text)
    turn = quote_starting(result, "Well, look")
    assert turn is not None
    assert "serious business" in turn.text
    assert speaker_of(result, turn).name == "Mike Pence"


def test_an_aside_inside_the_sentence_reports_the_words_after_it_too(engine: Engine) -> None:
    text = ("Mine owner Tom Clarke has bought three coal mines.\n\n"
            "He has come up with a plan, he said, for how the industry can keep producing coal.")
    result = attribute(engine, text)
    quote = quote_starting(result, "He has come up")
    assert quote is not None
    assert quote.text.endswith("producing coal")
    assert speaker_of(result, quote).name == "Tom Clarke"


def test_an_aside_hung_on_the_last_coordinated_clause_reports_them_all(engine: Engine) -> None:
    text = ("Julian Assange has been “arbitrarily detained” by Britain and Sweden since December 2010, "
            "and should be freed and compensated, the rights group says.")
    result = attribute(engine, text)
    quote = quote_starting(result, "Julian Assange")
    assert quote is not None
    assert quote.text.endswith("compensated")
    assert quote.kind == QuoteKind.MIXED
    assert not any(q.text == "arbitrarily detained" for q in result.quotes)


def test_a_clause_that_opens_with_a_quote_mark_is_one_mixed_quote(engine: Engine) -> None:
    text = ("Vermont Sen. Bernie Sanders says “the wind is at our backs” despite his loss to Hillary Clinton "
            "in the Nevada caucuses.")
    result = attribute(engine, text)
    quote = quote_starting(result, "the wind is at our backs")
    assert quote is not None
    assert quote.text.endswith("Nevada caucuses")
    assert quote.kind == QuoteKind.MIXED
    assert speaker_of(result, quote).name == "Bernie Sanders"


def test_a_statement_split_by_its_attribution_is_one_quote_in_pieces(engine: Engine) -> None:
    text = ("“Judge,” the lawyer Ben Brafman said, “I have never had that happen in any case.”\n\n"
            "“Our plan has three parts,” Clinton said on Thursday. “One, defeat the militants in Syria.”")
    result = attribute(engine, text)
    judge, never = quote_starting(result, "Judge"), quote_starting(result, "I have never")
    plan, one = quote_starting(result, "Our plan"), quote_starting(result, "One, defeat")
    assert never.part_of_quote_id == judge.id
    assert one.part_of_quote_id == plan.id
    assert judge.part_of_quote_id is None
    assert plan.part_of_quote_id is None
    assert never.text == "I have never had that happen in any case."  # each piece keeps its own words


def test_quotes_with_other_words_or_speakers_between_are_not_pieces(engine: Engine) -> None:
    text = ("“We will win,” Mayor Tom Smith said. His rival Ann Jones disagreed on Monday.\n\n"
            "“We will lose,” she said. “Yes,” said Smith. “No,” said Jones.")
    result = attribute(engine, text)
    assert all(q.part_of_quote_id is None for q in result.quotes)


def test_a_cue_verb_the_lemmatizer_mangles_is_still_a_cue(engine: Engine) -> None:
    # the bundled lemmatizer gives "endors" for "endorsed"
    result = attribute(engine, "The largest union in the state endorsed Senator Ted Cruz for president on Monday.")
    quote = quote_starting(result, "Senator Ted Cruz")
    assert quote is not None
    assert quote.cue is not None
    assert quote.cue.lemma == "endorse"


def test_quoted_words_inside_what_someone_was_called_make_one_mixed_quote(engine: Engine) -> None:
    text = "Senator Lindsey Graham called both Donald Trump and Hillary Clinton “crazy” on Sunday."
    result = attribute(engine, text)
    quote = quote_starting(result, "both Donald Trump")
    assert quote is not None
    assert quote.kind == QuoteKind.MIXED
    assert "crazy" in quote.text
    assert speaker_of(result, quote).name == "Lindsey Graham"
    assert not any(q.text == "crazy" for q in result.quotes)


def test_who_someone_is_seen_or_described_as_is_what_they_said(engine: Engine) -> None:
    text = ("Governor Chris Christie described the new tax plan as a disaster for families.\n\n"
            "Many voters in Iowa see Senator Ted Cruz as a uniter.")
    result = attribute(engine, text)
    plan, cruz = quote_starting(result, "the new tax plan"), quote_starting(result, "Senator Ted Cruz")
    assert plan is not None
    assert plan.text == "the new tax plan as a disaster for families"
    assert speaker_of(result, plan).name == "Chris Christie"
    assert cruz is not None
    assert cruz.text == "Senator Ted Cruz as a uniter"


def test_what_someone_called_for_takes_the_to_clause_after_it(engine: Engine) -> None:
    text = ("Donald Trump called for a special prosecutor to investigate the email server.\n\n"
            "The newspaper called on Trump to get his act together or drop out.")
    result = attribute(engine, text)
    prosecutor, act = quote_starting(result, "a special prosecutor"), quote_starting(result, "Trump to get")
    assert prosecutor is not None
    assert prosecutor.text == "a special prosecutor to investigate the email server"
    assert act is not None
    assert act.text == "Trump to get his act together or drop out"


def test_who_was_asked_to_do_what_is_what_was_said(engine: Engine) -> None:
    text = "The American Legion has asked the Sanders campaign to stop using its logo in advertisements."
    result = attribute(engine, text)
    quote = quote_starting(result, "the Sanders campaign")
    assert quote is not None
    assert quote.text == "the Sanders campaign to stop using its logo in advertisements"
    assert speaker_of(result, quote).name == "American Legion"


def test_a_verb_with_its_own_preposition_reports_its_object(engine: Engine) -> None:
    text = "Senator Ted Cruz pointed to his victory in the Iowa caucuses."
    result = attribute(engine, text)
    quote = quote_starting(result, "his victory")  # the parse may hang "in the Iowa caucuses" on the verb
    assert quote is not None
    assert quote.cue is not None
    assert quote.cue.lemma == "point"
    assert speaker_of(result, quote).name == "Ted Cruz"


def test_according_to_reports_a_sentence_with_reported_speech_inside(engine: Engine) -> None:
    text = ("Fifty-one percent of respondents said they would vote for Clinton, "
            "according to a poll by the Associated Press.")
    result = attribute(engine, text)
    outer = quote_starting(result, "Fifty-one percent")
    inner = quote_starting(result, "they would vote")
    assert outer is not None
    assert outer.cue is not None
    assert outer.cue.lemma == "according to"
    assert inner is not None
    assert inner.cue is not None
    assert inner.cue.lemma == "say"


def test_what_someone_is_accused_of_is_what_was_said(engine: Engine) -> None:
    text = "Senator Elizabeth Warren criticized Trump for taking advantage of tax deductions."
    result = attribute(engine, text)
    quote = quote_starting(result, "Trump for taking")
    assert quote is not None
    assert quote.text == "Trump for taking advantage of tax deductions"
    assert speaker_of(result, quote).name == "Elizabeth Warren"


def test_a_that_clause_opening_with_an_adverbial_mark_is_still_reported(engine: Engine) -> None:
    text = "President Obama said that because terrorists are Muslim does not mean Muslims are terrorists."
    result = attribute(engine, text)
    quote = quote_starting(result, "because terrorists")
    assert quote is not None
    assert quote.text.endswith("Muslims are terrorists")
    assert speaker_of(result, quote).name == "Obama"


def test_a_noun_of_intent_reports_its_to_clause(engine: Engine) -> None:
    text = "The governor's plan to raise the minimum wage to fifteen dollars was approved by the Senate."
    result = attribute(engine, text)
    quote = quote_starting(result, "to raise the minimum wage")
    assert quote is not None
    assert quote.cue is not None
    assert quote.cue.span.text == "plan"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "The governor"  # without the possessive ending


def test_a_title_in_quotes_after_a_preposition_is_not_a_quote(engine: Engine) -> None:
    text = "“We will win this state,” Trump said on “Fox and Friends.” The Times called Trump “The Comeback Kid.”"
    result = attribute(engine, text)
    assert not any(q.text.startswith("Fox and Friends") for q in result.quotes)
    assert any("The Comeback Kid" in q.text for q in result.quotes)


def test_an_inverted_attribution_names_the_speaker_after_any_speech_verb(engine: Engine) -> None:
    text = ("Polls moved little after the debate.\n\n"
            "“The impact of Monday’s debate is still small,” wrote Cameron Easley for Morning Consult.")
    result = attribute(engine, text)
    assert who(result, "The impact") == "Cameron Easley"
    assert result.quotes[0].cue is not None
    assert result.quotes[0].cue.lemma == "write"
    assert [q.text for q in result.quotes] == ["The impact of Monday’s debate is still small"]  # no "Monday" source


def test_a_relative_pronoun_subject_stands_for_its_noun(engine: Engine) -> None:
    text = "A new report, which found that the tax plan would cost millions of jobs, was released on Monday."
    result = attribute(engine, text)
    quote = quote_starting(result, "the tax plan")
    assert quote is not None
    # the words at the verb are the pronoun, as "who" is; the speaker is the noun it stands for
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "which"
    assert who(result, "the tax plan") == "A new report"


def test_a_title_case_headline_with_a_verb_of_saying_is_a_quote(engine: Engine) -> None:
    text = ("Lindsey Graham Says Trump Could Address Clean Energy\n\n"
            "Senator Lindsey Graham spoke in Columbia on Monday about energy policy and jobs.")
    result = attribute(engine, text)
    quote = quote_starting(result, "Trump Could Address")
    assert quote is not None
    assert quote.cue is not None
    assert quote.cue.span.text == "Says"
    speaker = result.speaker(quote.speaker_id)
    assert speaker is not None
    assert speaker.name == "Lindsey Graham"
    assert "Senator" in speaker.titles


def test_a_verb_of_manner_of_speaking_is_a_cue(engine: Engine) -> None:
    text = "Reporters asked about the wall.\n\n“Go back to your seat,” Donald Trump barked at the reporter."
    result = attribute(engine, text)
    assert who(result, "Go back") == "Donald Trump"
    cue = quote_starting(result, "Go back").cue
    assert cue is not None
    assert cue.lemma == "bark"


def test_a_day_before_a_role_is_not_the_speaker_s_name(engine: Engine) -> None:
    result = attribute(engine, "Monday, the senator said, is the deadline for the bill.")
    quote = quote_starting(result, "is the deadline")
    assert quote is not None
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "the senator"


def test_a_speaker_mention_leaves_out_its_preposition(engine: Engine) -> None:
    result = attribute(engine, "A series of tweets criticizing Alicia Machado followed on Friday.")
    quote = quote_starting(result, "Alicia Machado")
    assert quote is not None
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "tweets"


def test_a_complement_the_parse_splits_in_two_is_one_quote(engine: Engine) -> None:
    text = ('The former first lady and U.S. senator said it was "a mistake" to use private email while at the '
            "State Department.")
    result = attribute(engine, text)
    quote = quote_starting(result, "it was")
    assert quote is not None
    assert quote.text.endswith("while at the State Department")
    assert quote.kind == QuoteKind.MIXED


def test_a_noun_coordinated_onto_the_verb_goes_on_with_the_clause(engine: Engine) -> None:
    result = attribute(engine, "On Friday, Trump tweeted that Machado was “disgusting” and “a con.”")
    assert [q.text for q in result.quotes] == ["Machado was “disgusting” and “a con"]  # no "Friday" as a topic
    assert result.quotes[0].kind == QuoteKind.MIXED


def test_what_someone_is_called_includes_a_quoted_name_inside_the_object(engine: Engine) -> None:
    text = ("Clinton called half of Donald Trump’s supporters “deplorables.”\n\n"
            'Clinton called Mr. Obama\'s remarks on Saturday "a true wake-up call" to his coalition of supporters.')
    result = attribute(engine, text)
    half, remarks = quote_starting(result, "half of"), quote_starting(result, "Mr. Obama's remarks")
    assert half is not None
    assert "deplorables" in half.text
    assert remarks is not None
    assert remarks.text.endswith("to his coalition of supporters")


def test_a_noun_phrase_between_the_quote_and_its_verb_is_the_speaker(engine: Engine) -> None:
    text = ("The ad attacks Trump.\n\n“You work hard. You pay your taxes. So why didn’t Donald Trump pay his?” "
            "a narrator in the Clinton ad asks.")
    result = attribute(engine, text)
    quote = quote_starting(result, "You work hard")
    assert quote.cue is not None
    assert quote.cue.lemma == "ask"
    assert quote.speaker_span is not None
    assert quote.speaker_span.text == "a narrator in the Clinton ad"  # not "Clinton"


def test_a_claim_noun_takes_its_clause_with_the_quoted_words_in_it(engine: Engine) -> None:
    text = ("Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings” "
            "in gun-controlled Chicago this year alone.")
    quote = quote_starting(attribute(engine, text), "there have been")
    assert quote.kind == QuoteKind.MIXED
    assert "in gun-controlled Chicago this year" in quote.span.text
    assert quote.cue is not None
    assert quote.cue.span.text == "claim"


def test_a_subject_the_parse_made_the_verbs_object_stays_in_the_clause(engine: Engine) -> None:
    text = ("Hillary Clinton says Donald Trump’s flurry of late-night tweets targeting former Miss Universe "
            "Alicia Machado was “unhinged, even for him.”")
    quote = quote_starting(attribute(engine, text), "Donald Trump’s flurry")
    assert quote.kind == QuoteKind.MIXED
    assert quote.span.text.endswith("was “unhinged, even for him")


@pytest.mark.parametrize(("text", "start", "cue"), [
    ("Donald Trump is telling a veterans group that the United States’ military is “depleted” and says he "
     "will expand the navy.", "the United States’ military", "telling"),
    ("Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” and encouraged "
     "Americans to check out her past.", "Machado was", "tweeted"),
])
def test_a_that_clause_the_parse_hung_on_a_noun_after_the_verb_is_reported(engine: Engine, text: str, start: str,
                                                                             cue: str) -> None:
    quote = quote_starting(attribute(engine, text), start)
    assert quote.cue is not None
    assert quote.cue.span.text == cue
    assert quote.kind == QuoteKind.MIXED



@pytest.mark.parametrize(("text", "content"), [
    ("Stein said she plans to join her supporters at the protest and live stream her response.",
     "she plans to join her supporters"),
    ("Clinton told the debate audience that she believes we must continue to push policies that help.",
     "she believes we must continue"),
])
def test_what_a_speaker_thinks_or_plans_inside_what_they_said_is_one_statement(engine: Engine, text: str,
                                                                                content: str) -> None:
    result = attribute(engine, text)
    assert [q.text[:len(content)] for q in result.quotes] == [content]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("“I think that speaks volumes,” she said, adding that Trump’s campaign will work hard to win over those "
     "Latino voters in November.", "Trump’s campaign will work hard", "adding"),
    ("“The key to the success of these ventures was the broader market timing,” Mr. Hedge said, referring to the "
     "two Trump resorts.", "the two Trump resorts", "referring"),
    ("“Flint has been drinking lead-contaminated water,” she said, adding, “I’ll tell you what, if the kids in a "
     "rich suburb had been drinking it, it would have been fixed.”", "I’ll tell you what", "adding"),
])
def test_a_participle_after_the_cue_is_the_cue_of_what_follows_it(engine: Engine, text: str, content: str,
                                                                    cue: str) -> None:
    result = attribute(engine, text)
    quote = quote_starting(result, content)
    assert quote is not None
    assert quote.cue is not None
    assert quote.cue.span.text == cue
    assert quote.speaker_id == result.quotes[0].speaker_id


def test_a_colon_headline_with_words_before_its_quote_is_one_mixed_quote(engine: Engine) -> None:
    text = ("Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President Of The United States.’\n\n"
            "Retired neurosurgeon Ben Carson spoke on Sunday.")
    result = attribute(engine, text)
    quote = quote_starting(result, "Hillary Clinton ‘Not Fit")
    assert quote is not None
    assert quote.kind == QuoteKind.MIXED
    assert quote.cue is not None
    assert quote.cue.span.text == ":"
    assert who(result, "Hillary Clinton ‘Not Fit") == "Ben Carson"


def test_a_capitalised_inverted_said_before_a_colon_names_the_speaker(engine: Engine) -> None:
    text = ("Some experts disagree. Said Ellis: “I don’t get the sense she’s the least bit interested in tax "
            "reform.”")
    result = attribute(engine, text)
    assert result.quotes[0].cue is not None
    assert result.quotes[0].cue.span.text == "Said"
    assert who(result, "I don’t get the sense") == "Ellis"


@pytest.mark.parametrize(("text", "cue", "speaker"), [
    ("As Steven M. Rosenthal, a tax lawyer, recently put it, “Did Trump lower his taxes through legal tax "
     "avoidance, or illegal tax evasion?”", "put", "Steven M. Rosenthal"),
    ("Another critic, Laurence H. Tribe, likened the rules to “burning the Constitution.”", "likened",
     "Laurence H. Tribe"),
])
def test_idioms_of_saying_are_cues(engine: Engine, text: str, cue: str, speaker: str) -> None:
    result = attribute(engine, text)
    assert result.quotes[0].cue is not None
    assert result.quotes[0].cue.span.text == cue
    assert speaker_of(result, result.quotes[0]).name == speaker


def test_what_a_speaker_was_asked_is_not_what_they_said(engine: Engine) -> None:
    text = ("Asked to describe the device that caused the explosion, O'Neill said, \"Not going to go into that.\"")
    result = attribute(engine, text)
    assert [q.text for q in result.quotes] == ["Not going to go into that."]
    assert who(result, "Not going") == "O'Neill"


def test_a_quote_between_dashes_after_a_name_is_that_persons(engine: Engine) -> None:
    text = ("A chorus of prominent Republicans has said the same thing, including the former presidential "
            "candidate Mitt Romney -- ''It is disqualifying for a modern-day presidential nominee to refuse to "
            "release tax returns to the voters'' -- and Fred Goldberg, a former commissioner.")
    result = attribute(engine, text)
    assert result.quotes[0].cue is not None
    assert result.quotes[0].cue.span.text == "--"
    assert who(result, "It is disqualifying") == "Mitt Romney"


def test_a_participle_of_saying_opening_the_sentence_reports_its_own_clause(engine: Engine) -> None:
    text = ("Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox News that "
            "the media wants moderators to go after him.")
    result = attribute(engine, text)
    claim = quote_starting(result, "the criticism of Lauer")
    told = quote_starting(result, "the media wants")
    assert claim.cue is not None
    assert claim.cue.span.text == "Claiming"
    assert told.cue is not None
    assert told.cue.span.text == "told"
    assert who(result, "the criticism of Lauer") == who(result, "the media wants") == "Trump"


@pytest.mark.parametrize("text", [
    "The director makes this clear in her stunning new documentary “13th.” The film, which debuts Friday, is "
    "powerful.",
    "Trump sat for an interview this month on Mr. King's show, ''Politicking.'' Democrats did too.",
    "Callers phoned in to his “Keepin' It Real” radio program on Sunday morning.",
])
def test_the_title_of_a_work_named_beside_it_is_not_a_quote(engine: Engine, text: str) -> None:
    assert attribute(engine, text).quotes == ()


def test_where_or_how_long_someone_spoke_is_not_what_they_said(engine: Engine) -> None:
    text = ("Screen shots went to the Post from a person who spoke to the newspaper on the condition of anonymity. "
            "Trump spoke for 77 minutes. Obama later spoke about the economy.")
    result = attribute(engine, text)
    assert [q.text for q in result.quotes] == ["the economy"]


@pytest.mark.parametrize(("text", "content"), [
    ("HuffPost asked the 2016 Democratic White House contender if he’s been preparing himself mentally for the "
     "possibility of a loss.", "he’s been preparing himself"),
    ("During the service, assistant pastor Charles Elliott III asked the congregation to stand to honor Muhammad "
     "Ali.", "the congregation to stand"),
])
def test_what_someone_was_asked_is_reported(engine: Engine, text: str, content: str) -> None:
    quote = quote_starting(attribute(engine, text), content)
    assert quote is not None
    assert quote.cue is not None
    assert quote.cue.span.text == "asked"


def test_party_and_state_in_brackets_are_not_the_speaker(engine: Engine) -> None:
    text = ('"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after the hearing. '
            "Sen. Tammy Baldwin (D-Wis.) said the bill would fail.")
    result = attribute(engine, text)
    assert who(result, "Subpoenas") == "Jason Chaffetz"
    assert who(result, "the bill") == "Tammy Baldwin"


def test_a_role_after_a_name_and_its_party_and_state_is_a_title_not_the_speaker(engine: Engine) -> None:
    # PolNeAR dev (Politico): the speaker came out as "an oversight panel member"
    text = ("“If the FBI wanted any other American’s laptops, they’d just go get them — they wouldn’t get an immunity "
            "deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.")
    result = attribute(engine, text)
    assert who(result, "If the FBI") == "Jim Jordan"
    jordan = next(s for s in result.speakers if s.name == "Jim Jordan")
    assert jordan.kind is SpeakerKind.PERSON
    assert "oversight panel member" in jordan.titles


def test_a_plural_title_abbreviation_is_not_part_of_the_name(engine: Engine) -> None:
    text = ("Sens. Jeff Merkley and Elizabeth Warren said the bank should be broken up. "
            "Sen. Merkley said the vote would come soon.")
    result = attribute(engine, text)
    names = {s.name for s in result.speakers}
    assert "Jeff Merkley" in names, names
    assert not any(name.startswith(("Sens", "Sen")) for name in names), names


def test_a_statement_split_by_a_long_attribution_is_one_quote_in_pieces(engine: Engine) -> None:
    # PolNeAR dev (Politico): the parse hangs "Rep. Jim Jordan (R-Ohio)" on a verb inside the first quote, so the
    # attribution between the pieces is not all in the subtree of "said"
    text = ("“If the FBI wanted any other American’s laptops, they’d just go get them — they wouldn’t get an immunity "
            "deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview. “But everyone "
            "associated with the Clinton gets a different set of standards applied to them… It’s the strangest "
            "stuff I have ever seen.”")
    result = attribute(engine, text)
    first, second = quote_starting(result, "If the FBI"), quote_starting(result, "But everyone")
    assert second.part_of_quote_id == first.id
    assert who(result, "But everyone") == "Jim Jordan"


@pytest.mark.parametrize("text", [
    "Lawmakers said the bill would pass.",
    "Critics of the EB-5 program say it has become plagued by fraud.",
    "Proponents, including the United States Conference of Mayors, have urged Congress to leave the program intact.",
])
def test_a_common_noun_opening_the_sentence_is_a_group_not_a_name(engine: Engine, text: str) -> None:
    # PolNeAR dev: "Critics", "Proponents", "Lawmakers" and "Experts" came out as organisations of those names
    result = attribute(engine, text)
    assert result.quotes, text
    speaker = result.speaker(result.quotes[0].speaker_id)
    assert speaker is not None
    assert speaker.kind is SpeakerKind.GROUP, (speaker.name, speaker.kind)


def test_words_between_quotes_that_are_not_their_attribution_keep_them_apart(engine: Engine) -> None:
    # PolNeAR dev (NYT): the speaker opens the paragraph, and what stands between the quotes is more than the cue
    text = ("Mr. Trump hardly clarified the matter, treating Mrs. Clinton's remark first as a compliment -- ''That "
            "makes me smart'' -- and, when questioned after the debate, asserting, ''Of course, I pay federal "
            "taxes.''")
    result = attribute(engine, text)
    assert quote_starting(result, "Of course").part_of_quote_id is None


def test_a_possessor_is_not_the_speaker_of_what_its_noun_said(engine: Engine) -> None:
    result = attribute(engine, "Scott's family said on Monday that the video raised more questions than it answered.")
    assert who(result, "the video raised") == "Scott's family"
    assert result.speakers[0].kind is SpeakerKind.GROUP


@pytest.mark.parametrize("text", [
    "Senator from Texas says he cannot allow Clinton to win the presidency.",
    "Member of House panel says U.S. has to keep Moscow out of elections.",
])
def test_a_title_with_no_name_is_not_a_name(engine: Engine, text: str) -> None:
    # PolNeAR dev headlines: the speakers came out as organisations called "Senator" and "Member"
    result = attribute(engine, text)
    speaker = result.speaker(result.quotes[0].speaker_id)
    assert speaker is not None
    assert speaker.kind is SpeakerKind.GROUP, (speaker.name, speaker.kind)
    assert speaker.name in text
    assert len(speaker.name.split()) > 1, speaker.name


def test_a_surname_the_tagger_calls_a_place_is_still_the_person_named_before(engine: Engine) -> None:
    # PolNeAR dev (Washington Post): "Bamberg" alone was tagged a place and became a speaker of its own
    text = ("In a statement, one of the family's attorneys, Justin Bamberg, said the videos show Scott calmly leaving "
            "his car when asked to do so by police.\n\n"
            "Bamberg also said the videos do not show whether Scott has anything in his hands.\n")
    result = attribute(engine, text)
    assert who(result, "the videos show") == "Justin Bamberg"
    assert who(result, "the videos do not") == "Justin Bamberg"
    assert [s.kind for s in result.speakers if "Bamberg" in s.name] == [SpeakerKind.PERSON]


def test_an_abbreviated_president_is_a_title(engine: Engine) -> None:
    result = attribute(engine, "Pres. Obama said the deal would hold.")
    assert who(result, "the deal") == "Obama"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Secretary of State John F. Kerry said the United States would work with other Security Council members.",
     "John F. Kerry", "Secretary of State"),
    ("Former Secretary of State Hillary Clinton said the plan would fail.", "Hillary Clinton",
     "Former Secretary of State"),
    ("Secretary of Homeland Security Jeh Johnson said the threat was real.", "Jeh Johnson",
     "Secretary of Homeland Security"),
    ("Secretary of State Kerry said the talks would go on.", "Kerry", "Secretary of State"),
])
def test_the_name_after_a_title_with_of_is_the_speaker(engine: Engine, text: str, name: str, title: str) -> None:
    # PolNeAR dev (Washington Post): the speaker came out as an organisation called "Secretary"
    result = attribute(engine, text)
    speaker = result.speaker(result.quotes[0].speaker_id)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, SpeakerKind.PERSON)
    assert title in speaker.titles


def test_a_place_before_a_role_is_not_the_role_s_name(engine: Engine) -> None:
    # PolNeAR train (Breitbart): "Pennsylvania" became a person titled "the vice president"
    text = ("In the former coal mining town of Scranton, where Biden grew up in the key battleground state of "
            "Pennsylvania, the vice president said Clinton was the only choice for Americans.")
    result = attribute(engine, text)
    assert "Pennsylvania" not in {s.name for s in result.speakers}


def test_the_of_phrase_of_a_title_stays_out_of_the_name_in_a_coordinated_subject(engine: Engine) -> None:
    text = ("Former Secretary of State Hillary Clinton and former Maryland Gov. Martin O’Malley, who are also "
            "seeking the nomination, said the plan would fail.")
    result = attribute(engine, text)
    assert who(result, "the plan") == "Hillary Clinton"


def test_a_lower_case_rank_word_does_not_make_an_organisation_a_person(engine: Engine) -> None:
    text = ("The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, "
            "praised the campaign. The major Super PAC said the ads would run on Monday.")
    result = attribute(engine, text)
    assert all(s.kind is not SpeakerKind.PERSON for s in result.speakers if "PAC" in s.name)


@pytest.mark.parametrize(("text", "name"), [
    ("“The vote is rigged,” the Democratic National Committee said on Tuesday.", "Democratic National Committee"),
    ("“We are ready,” the National Security Council said.", "National Security Council"),
    ("“This is wrong,” the Libertarian Party said in a statement.", "Libertarian Party"),
    # the tagger calls these persons
    ("“We are grateful,” the Trayvon Martin Foundation said in a statement.", "Trayvon Martin Foundation"),
    ("“It is a disgrace,” the Brennan Center said.", "Brennan Center"),
    ("“The race is too close to call,” the Associated Press reported.", "Associated Press"),
])
def test_a_name_ending_in_an_organisation_noun_is_no_person(engine: Engine, text: str, name: str) -> None:
    # the bundled NER tagger finds the first three not at all, and a name of two words or more had made a person
    # of them
    result = attribute(engine, text)
    [speaker] = result.speakers
    assert (speaker.name, speaker.kind) == (name, SpeakerKind.ORGANIZATION)
    assert speaker.aliases == ()


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("“We will not accept this,” the United States said in a statement.", "United States", SpeakerKind.LOCATION),
    ("“The ceasefire holds,” the United Nations said on Monday.", "United Nations", SpeakerKind.ORGANIZATION),
    ("“Orders are strong,” United Technologies said in a filing.", "United Technologies", SpeakerKind.ORGANIZATION),
])
def test_a_capitalised_participle_opening_a_name_is_part_of_it(engine: Engine, text: str, name: str,
                                                                kind: SpeakerKind) -> None:
    # the tagger reads "United" as a verb: the speaker had been called "States"
    result = attribute(engine, text)
    [speaker] = result.speakers
    assert (speaker.name, speaker.kind) == (name, kind)


@pytest.mark.parametrize(("text", "start", "speaker"), [
    ("A news report published Wednesday said Defense Secretary Ash Carter used a personal email account for "
     "government business.", "Defense Secretary", "A news report"),
    ("A court document filed Thursday says that Donald Trump's campaign manager will not be prosecuted on a "
     "battery charge.", "Donald Trump's", "A court document"),
    ("The report published Tuesday showed that more than half of the meetings were with donors.", "more than half",
     "The report"),
    ("The Washington Post columnist Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she agreed "
     "with him that the past is relevant.", "she agreed", "Ruth Marcus"),
])
def test_a_day_the_parse_makes_the_subject_is_not_the_speaker(engine: Engine, text: str, start: str,
                                                              speaker: str) -> None:
    # the parse makes "Wednesday" the subject of "said": the speaker is the noun the dated participle describes,
    # or the subject of the verb the clause is coordinated with
    result = attribute(engine, text)
    quote = next(q for q in result.quotes if q.text.startswith(start))
    assert quote.speaker_span is not None
    assert speaker in quote.speaker_span.text or who(result, start) == speaker


def test_a_name_after_a_role_noun_outranks_the_organisation_before_it(engine: Engine) -> None:
    # the parse makes "columnist" the head and the name its flat parts: the name before the role noun is the
    # newspaper's
    result = attribute(engine, "The Washington Post columnist Ruth Marcus said that the past is relevant.")
    assert who(result, "the past") == "Ruth Marcus"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Donald Trump spoke in Ohio on Monday. Hillary Clinton spoke in Iowa. Trump attacked the press. "
     "“We will win,” she said.", "Hillary Clinton"),
    ("Mrs. Clinton met Mr. Trump on Monday. “It was a fine meeting,” she said.", "Clinton"),
    ("Senator John Smith met Mary Jones on Tuesday. “The bill will pass,” he said.", "John Smith"),
])
def test_a_pronoun_goes_to_a_person_of_its_sex(engine: Engine, text: str, speaker: str) -> None:
    # the nearest person had been taken whatever the pronoun: "she" for Donald Trump
    result = attribute(engine, text)
    quote = next(q for q in result.quotes if q.kind == QuoteKind.DIRECT)
    assert who(result, quote.text) == speaker
