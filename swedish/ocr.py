"""Repairing Swedish letters that OCR lost: 'f6r' → 'för', 'Overenskommelse' → 'Överenskommelse'.

Candidates are the word with the usual OCR confusions restored (å/ä/ö read as
a/i/o/d, ö read as 6, é, G or "oi", l read as I, "för" read as "{61") that the
Swedish Hunspell dictionary (package `hunspell-sv`) accepts, asked through its
compiled tables (`wordindex`: spylls' answers, without spylls' cost per word).
Among them the commonest Swedish word wins, by the frequencies of `wordfreq`:
"forbittring" becomes "förbättring", not the rarer "förbittring". A word that is
itself in the dictionary is changed only when a one-letter repair is at least
100 times as common: "ar" → "är", "giller" → "gäller", but "svar" and "vara" stay.
The first half of a suspended compound ("hilso- och") is judged by frequency alone.
Only documents that show OCR damage (several words with a digit inside, like
"f6r") are repaired at all, so a clean document is never touched. Repairs serve
search only: what a person reads and what is quoted stays the source's text.
"""

from __future__ import annotations

import itertools
import re

from .dictionary import frequency
from .wordindex import accepts

# OCR reading → the letters it may stand for. "6" is the commonest: the shape of "ö".
CONFUSIONS = {
    "a": "åä", "i": "äå", "o": "ö", "6": "ö", "é": "äö", "G": "ö", "I": "l", "d": "ä",
    "A": "ÅÄ", "O": "Ö",
}
# The dots of "ö" read as a letter of their own: "moijligheten", "méijlighet".
TWO_LETTER_CONFUSIONS = {"oi": "ö", "éi": "ö"}
MIN_GAIN_OVER_WORD = 2.0  # on the Zipf scale: a real word is replaced only by one 100× as common
# A word; not the first half of a suspended compound ("hilso-"), which is no word on its own.
_WORD = re.compile(r"(?<![\w{])[A-Za-zÅÄÖåäöé6][A-Za-zÅÄÖåäöé6]*(?![\w-])")
# The first half of a suspended compound ("hilso- och sjukvård"): no dictionary word, so judged by frequency.
_SUSPENDED = re.compile(r"(?<![\w{-])[A-Za-zÅÄÖåäöé6]{3,}(?=- )")
MIN_PREFIX_FREQUENCY = 3.0
_FOR = re.compile(r"\{61\b")
_DAMAGE = re.compile(r"\b[a-zåäö]*[a-zåäö]6[a-zåäö]*\b|\b6[a-zåäö]{2,}\b|\{61")
MAX_CHANGES = 3
MIN_DAMAGED_WORDS = 3


def looks_ocr_damaged(text: str) -> bool:
    return len(_DAMAGE.findall(text)) >= MIN_DAMAGED_WORDS


def repair_word(word: str) -> str:
    """The dictionary word this OCR reading most likely stands for, or the word unchanged."""
    if len(word) < 2 or (word.isupper() and len(word) <= 5):
        return word
    if accepts(word):
        return _likelier_reading(word)
    return _commonest_word(_variants(word, MAX_CHANGES)) or word


def repair_prefix(prefix: str) -> str:
    """The first half of a suspended compound ("hilso-" → "hälso-"), judged by how common the halves are."""
    if frequency(prefix):
        return prefix
    known = [v for v in _variants(prefix, MAX_CHANGES) if frequency(v) >= MIN_PREFIX_FREQUENCY]
    return max(known, key=frequency) if known else prefix


def _likelier_reading(word: str) -> str:
    """A one-letter repair of a dictionary word, when the repaired word is far more common."""
    needed = frequency(word) + MIN_GAIN_OVER_WORD
    return _commonest_word([v for v in _variants(word, 1) if frequency(v) >= needed]) or word


def _commonest_word(readings: list[str]) -> str | None:
    """The most common of the readings that the dictionary accepts; the earliest among equals.

    A reading the frequency list knows beats one it does not; those it does not know ("kontaktvägarna") count
    by their longest known ending ("vägarna"), looked up only when no known reading is a word. Readings are
    ranked by frequency first (cheap), so the dictionary (slower) is asked only until one fits.
    """
    known = [r for r in readings if frequency(r)]
    unknown = [r for r in readings if not frequency(r)]
    for group, commonness in ((known, frequency), (unknown, _ending_frequency)):
        found = next((r for r in sorted(group, key=commonness, reverse=True) if accepts(r)), None)
        if found is not None:
            return found
    return None


def _variants(word: str, max_changes: int) -> list[str]:
    """Readings: the two-letter repairs ("oi" → ö) first, then, for the word and each of those,
    up to `max_changes` confused letters restored, fewest changes first."""
    bases = [word] + [word.replace(seen, meant) for seen, meant in TWO_LETTER_CONFUSIONS.items() if seen in word]
    variants = bases[1:]
    for base in bases:
        positions = [i for i, ch in enumerate(base) if ch in CONFUSIONS]
        for changes in range(1, min(max_changes, len(positions)) + 1):
            for chosen in itertools.combinations(positions, changes):
                for letters in itertools.product(*(CONFUSIONS[base[i]] for i in chosen)):
                    candidate = list(base)
                    for i, letter in zip(chosen, letters):
                        candidate[i] = letter
                    variants.append("".join(candidate))
    return variants


def _ending_frequency(candidate: str) -> float:
    """How common the longest ending of the reading is that the frequency list knows."""
    endings = (frequency(candidate[i:]) for i in range(1, len(candidate) - 3))
    return next((f for f in endings if f), 0.0)


def repair_lines(lines: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Repaired lines and the (original, repaired) word pairs, in order of first change."""
    changes: dict[str, str] = {}

    def fixed_by(repair):
        def fix(match: re.Match) -> str:
            word = match.group(0)
            fixed = repair(word)
            if fixed != word:
                changes.setdefault(word, fixed)
            return fixed
        return fix

    repaired = []
    for line in lines:
        if _FOR.search(line):
            changes.setdefault("{61", "för")
            line = _FOR.sub("för", line)
        line = _SUSPENDED.sub(fixed_by(repair_prefix), line)
        repaired.append(_WORD.sub(fixed_by(repair_word), line))
    return repaired, list(changes.items())


def apply_repairs(text: str, repairs: dict[str, str]) -> str:
    """The text with a document's repairs (original word → repaired) put in: what search reads.

    The same word boundaries as `repair_lines`, so each repaired word is replaced where it was found.
    """
    if not repairs:
        return text
    text = _FOR.sub(repairs.get("{61", "{61"), text)
    text = _SUSPENDED.sub(lambda m: repairs.get(m.group(0), m.group(0)), text)
    return _WORD.sub(lambda m: repairs.get(m.group(0), m.group(0)), text)
