"""Tolerant search over procedure names: accents, the i/y spelling and small typos. Pure.

Citizens type "dang ky khai sinh", "đăng kí khai sinh" or "khai sinj" and mean the same thing.
`normalise` folds accents (catalog.text.fold) and maps "y" to "i" (ký / kí, quý / quí, lý / lí are
one word); the stored `search_text` is `haystack()` of the code, name and field, so that SQL
compares it with a plain LIKE (see catalog.selectors). A query word that is not in the
`Vocabulary` of words of the procedure names, and is not the beginning of one, is replaced by the
closest vocabulary word within a small edit distance (1 for words of 4–7 letters, 2 from 8
letters; shorter words are never corrected).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from motcua.catalog.text import fold

MAX_QUERY_WORDS = 12
MAX_VOCABULARY = 50_000
# A query term: letters and digits, dotted codes kept whole ("1.001193").
_TERM = re.compile(r"[0-9a-z]+(?:\.[0-9a-z]+)*")
_WORD = re.compile(r"[a-z]+")
_RAW_WORD = re.compile(r"\w+")
# Characters that separate words in the stored search text, besides spaces (see selectors).
SEPARATORS = ("(", ")", ",", ";", ":", "/", "-", '"', "“", "”", "'")


def normalise(text: str) -> str:
    """fold() plus the i/y spelling variants: 'Đăng Kí' and 'đăng ký' both give 'dang ki'."""
    return fold(text).replace("y", "i")


def haystack(text: str) -> str:
    """Text as a search compares it: normalised, punctuation as spaces, single-spaced, with a
    leading space so that every word (and only a word's beginning) follows a space."""
    for mark in SEPARATORS:
        text = text.replace(mark, " ")
    return " " + " ".join(normalise(text).split())


def terms(text: str) -> list[str]:
    """The normalised words of a query, punctuation dropped, at most MAX_QUERY_WORDS."""
    return _TERM.findall(normalise(text))[:MAX_QUERY_WORDS]


def max_distance(word: str) -> int:
    """How many edits a word may be away from the word the user meant."""
    if len(word) >= 8:
        return 2
    return 1 if len(word) >= 4 else 0


def distance(a: str, b: str, limit: int) -> int:
    """Edit distance (insert, delete, substitute, swap two neighbours); limit + 1 once above."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)


@dataclass(frozen=True)
class Vocabulary:
    """The normalised words of all procedure names, how often each occurs, and how to show it."""

    counts: dict[str, int]
    display: dict[str, str]  # normalised word -> its most common written form ("ki" -> "ký")
    ordered: tuple[str, ...] = field(default=())

    @classmethod
    def build(cls, names: Iterable[str], *, limit: int = MAX_VOCABULARY) -> Vocabulary:
        written: Counter[tuple[str, str]] = Counter()
        for name in names:
            for raw in _RAW_WORD.findall(name.lower()):
                word = normalise(raw)
                if _WORD.fullmatch(word):
                    written[(word, raw)] += 1
        counts: Counter[str] = Counter()
        best: dict[str, tuple[int, str]] = {}
        for (word, raw), n in written.items():
            counts[word] += n
            if (n, raw) > best.get(word, (0, "")):
                best[word] = (n, raw)
        kept = dict(counts.most_common(limit))
        return cls(
            counts=kept,
            display={w: best[w][1] for w in kept},
            ordered=tuple(sorted(kept)),
        )

    def __contains__(self, word: object) -> bool:
        return word in self.counts

    def begins_a_word(self, prefix: str) -> bool:
        at = bisect.bisect_left(self.ordered, prefix)
        return at < len(self.ordered) and self.ordered[at].startswith(prefix)

    def closest(self, word: str) -> str | None:
        """The vocabulary word nearest to `word` within max_distance; the commoner one on a tie."""
        limit = max_distance(word)
        if limit == 0:
            return None
        best: tuple[int, int, str] | None = None
        for candidate, n in self.counts.items():
            d = distance(word, candidate, limit)
            if d <= limit and (best is None or (d, -n, candidate) < best):
                best = (d, -n, candidate)
        return best[2] if best else None


@dataclass(frozen=True)
class Query:
    """What to look for: normalised terms after correction, and what was corrected."""

    terms: tuple[str, ...]
    corrections: tuple[tuple[str, str], ...] = ()  # (normalised word typed, word meant)
    suggestion: str = ""  # the query as typed with corrected words replaced; "" if none

    @property
    def empty(self) -> bool:
        return not self.terms


def plan(text: str, vocabulary: Vocabulary) -> Query:
    """Correct each query word the vocabulary does not know, keeping codes and short words."""
    found: list[str] = []
    corrections: dict[str, str] = {}
    for term in terms(text):
        meant = None
        if _WORD.fullmatch(term) and term not in vocabulary and not vocabulary.begins_a_word(term):
            meant = vocabulary.closest(term)
        if meant is not None and meant != term:
            corrections[term] = meant
        found.append(meant or term)
    return Query(
        terms=tuple(found),
        corrections=tuple(corrections.items()),
        suggestion=_suggest(text, corrections, vocabulary) if corrections else "",
    )


def _suggest(text: str, corrections: dict[str, str], vocabulary: Vocabulary) -> str:
    words = []
    for raw in text.split():
        typed = terms(raw)
        if len(typed) == 1 and typed[0] in corrections:
            meant = corrections[typed[0]]
            written = vocabulary.display.get(meant, meant)
            # In the user's own style: without accents if they typed none.
            words.append(fold(written) if fold(raw) == raw.lower() else written)
        else:
            words.append(raw)
    return " ".join(words)
