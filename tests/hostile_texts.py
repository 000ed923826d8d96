"""Articles built to be expensive: what a hostile or careless caller can send within the character limit.

Each maker takes a size in characters and returns a text of about that length (never more), so that the fast
tests run the engine's cheap stages over them and bench/load.py sends them to a real server and compares each with
a normal article of the same length.
"""

from __future__ import annotations

from collections.abc import Callable

NAMES = ("Ann Okafor", "Ben Kay", "Maria Lopez", "Tom Hale", "Lena Ruiz", "Sam Reid")


def _fit(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def nested_curly(size: int) -> str:
    """“a “b “c … ” ” ”: as deep as the size allows, opened and then closed."""
    depth = max(1, (size - 2) // 12)
    return ("“level " * depth + "end" + " said”" * depth)[:size]


def nested_mixed(size: int) -> str:
    """Every mark style nested in turn, then closed in reverse."""
    pairs = [("“", "”"), ("«", "»"), ("‘", "’"), ('"', '"'), ("„", "“"), ("‹", "›"), ("'", "'")]
    depth = max(1, size // 14)
    opens = "".join(f"{pairs[i % len(pairs)][0]}word " for i in range(depth))
    closes = "".join(f" x{pairs[i % len(pairs)][1]}" for i in reversed(range(depth)))
    return (opens + closes)[:size]


def odd_nesting(size: int) -> str:
    """Openings without closings and closings without openings, interleaved."""
    return _fit("“a ”b ” c “ “d‘e’ ’ «f» » « „g“ ", size)


def straight_wall(size: int) -> str:
    return _fit('"', size)


def curly_wall(size: int) -> str:
    return _fit("“”", size)


def single_wall(size: int) -> str:
    return _fit("'‘’", size)


def guillemet_wall(size: int) -> str:
    return _fit("«»‹›", size)


def spaced_marks(size: int) -> str:
    return _fit('"a" ', size)


def endless_sentence(size: int) -> str:
    """One sentence with no end: words and commas, no full stop."""
    return _fit("the committee said that the plan, which officials reviewed ", size)


def word_lines(size: int) -> str:
    return _fit("a\n", size)


def names_and_pronouns(size: int) -> str:
    """A wall of names and pronouns, each told something: many speakers, many antecedents."""
    parts = [f"{name} said he told her she said they said" for name in NAMES]
    return _fit(" ".join(parts) + ", ", size)


def long_tokens(size: int) -> str:
    """Words thousands of characters long."""
    return _fit("x" * 5000 + " ", size)


def mixed_scripts(size: int) -> str:
    return _fit("“Мы готовы,” 他说。 «نحن مستعدون» said Ann Okafor. ", size)


MAKERS: dict[str, Callable[[int], str]] = {
    "nested_curly": nested_curly,
    "nested_mixed": nested_mixed,
    "odd_nesting": odd_nesting,
    "straight_wall": straight_wall,
    "curly_wall": curly_wall,
    "single_wall": single_wall,
    "guillemet_wall": guillemet_wall,
    "spaced_marks": spaced_marks,
    "endless_sentence": endless_sentence,
    "word_lines": word_lines,
    "names_and_pronouns": names_and_pronouns,
    "long_tokens": long_tokens,
    "mixed_scripts": mixed_scripts,
}
