"""Folding and splitting Swedish text: the one place that decides when two spellings count as the same."""

from __future__ import annotations

import re
import unicodedata

_FAST_FOLD = str.maketrans("åäöéèüáàâêëíïóôúû", "aaoeeuaaaeeiioouu")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”(])")
# Words a title or sentence cannot end on: what follows them is on the next line.
_DANGLING = frozenset("""
i på av för om vid med till från och samt eller inom mellan mot under efter enligt kring avseende gällande
rörande inför hos utan över genom en ett den det de
""".split())


# Every combining mark of the Basic Multilingual Plane: removed in one pass instead of asking of each character.
_COMBINING = re.compile("[" + "".join(re.escape(chr(c)) for c in range(0x300, 0x10000)
                                      if unicodedata.combining(chr(c))) + "]")


def fold(text: str) -> str:
    """'Växjö' → 'vaxjo': lower case without diacritics."""
    folded = text.lower().translate(_FAST_FOLD)
    if folded.isascii():  # the common case, without per-character Unicode work
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def folded_key(text: str) -> str:
    """Folded with whitespace collapsed: 'Mötet  Öppnas' and 'mötet öppnas' give the same key."""
    return " ".join(fold(text).split())


def folded_words(text: str | None) -> str:
    """Folded words separated by single spaces, punctuation dropped: for 'is this phrase in that text'."""
    return _NON_ALNUM.sub(" ", fold(text or "")).strip()


def sentences(paragraph: str) -> list[str]:
    """A paragraph split after '.', '!' or '?' where a new sentence starts with a capital or a quote."""
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def ends_mid_phrase(text: str) -> bool:
    """'… övergångsställe vid' or '… patienter i': the text goes on past its line."""
    words = text.split()
    return bool(words) and words[-1].lower() in _DANGLING


def normalise_space(text: str) -> str:
    return " ".join(text.split())
