"""Which of "he" and "she" a person's mention takes, from a title (Mr., Mrs.) or a first name, so that a pronoun is
not resolved to a person of the other sex ("she said" after "Hillary Clinton ... Trump ...").

The first names are the US Census Bureau's 1990 lists, kept where one sex's share is at least ten times the other's
(data/first_names.tsv, made by tools/first_names.py); a name the table does not hold says nothing.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from quotewire.engine.rules.mentions import Mention, person_name_words

TITLE_PRONOUNS = {
    "mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "father": "he", "brother": "he",
    "mrs": "she", "ms": "she", "miss": "she", "madam": "she", "madame": "she", "lady": "she", "dame": "she",
    "queen": "she", "princess": "she", "sister": "she", "congresswoman": "she", "spokeswoman": "she",
    "congressman": "he", "spokesman": "he", "chairwoman": "she", "businessman": "he", "businesswoman": "she",
    "female": "she", "male": "he",  # "the first female president"
}
PRONOUN_SEX = {"he": "he", "him": "he", "his": "he", "himself": "he",
               "she": "she", "her": "she", "hers": "she", "herself": "she"}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    text = resources.files("quotewire.engine.rules").joinpath("data", "first_names.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def mention_sex(m: Mention) -> str | None:
    """'he', 'she', or None when neither its titles nor its first name tell."""
    for title in m.titles:
        for word in reversed(title.text.split()):
            sex = TITLE_PRONOUNS.get(word.lower().rstrip("."))
            if sex:
                return sex
    if m.name is None:
        return None
    words = person_name_words(m.name, m.nickname)
    return first_names().get(words[0].lower()) if len(words) >= 2 else None


def surname_sexes(mentions: list[Mention]) -> dict[str, str]:
    """Surname -> the sex every mention that tells gives it ('Donald Trump', 'Mr. Trump'); a surname two people of
    both sexes share ('Bill Clinton', 'Hillary Clinton') is left out. A name used alone that is a first name of one
    sex and no one's surname in the article ('Rachel' in a story with no '... Rachel') is that sex too."""
    seen: dict[str, set[str]] = {}
    surnames: set[str] = set()
    lone: set[str] = set()
    for m in mentions:
        if m.name is None:
            continue
        words = person_name_words(m.name, m.nickname)
        if len(words) >= 2:
            surnames.add(words[-1].lower())
        elif words:
            lone.add(words[0].lower())
        sex = mention_sex(m)
        if sex and words:
            seen.setdefault(words[-1].lower(), set()).add(sex)
    for name in lone - surnames:
        sex = first_names().get(name)
        if sex and name not in seen:
            seen[name] = {sex}
    return {surname: sexes.pop() for surname, sexes in seen.items() if len(sexes) == 1}


def shared_surnames(mentions: list[Mention]) -> frozenset[str]:
    """Surnames that more than one given name goes with in the article ('Bill Clinton', 'Hillary Clinton')."""
    given: dict[str, set[str]] = {}
    for m in mentions:
        words = person_name_words(m.name, m.nickname) if m.name is not None else []
        if len(words) >= 2:
            given.setdefault(words[-1].lower(), set()).add(words[0].lower())
    return frozenset(surname for surname, firsts in given.items() if len(firsts) > 1)


def learn_sex(sexes: dict[str, str], shared: frozenset[str], pronoun: str, m: Mention) -> None:
    """'Pat Reed said ... "We tried," he said': the sex a pronoun that refers to a person gives them, where neither
    their titles nor their first name told it and no one else in the article has their surname."""
    sex = PRONOUN_SEX.get(pronoun)
    if sex is None or m.name is None or mention_sex(m) is not None:
        return
    words = person_name_words(m.name, m.nickname)
    if words and words[-1].lower() not in shared:
        sexes.setdefault(words[-1].lower(), sex)
