"""Swedish text analysis for the lexical index: tokens that match across spelling variants.

Steps: lower-case; fold å/ä/ö and accents to ASCII (so OCR'd "forslag" meets
"förslag"); split on non-alphanumerics; drop stop words; Snowball Swedish stem.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

# Common Swedish function words (folded), plus question words that carry no topic.
STOP_WORDS = frozenset("""
alla allt an and annat att av bara blev bli blir da dar de dem den denna deras dess dessa det detta dig din
dina ditt du efter eller en ett fanns for fran ha hade han hans har hon honom hur i icke inom inte ja jag
kan kunde man med mellan men mig min mina mitt mot mycket ni nagon nagot nagra nar nu och om oss pa sa
sadan sadana sig sin sina sitt ska skall skulle som till under upp ut utan vad var vara varit vars vart
vem vi vid vilka vilken vilket vill ar at over
""".split())
_TOKEN = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """'Växjö' → 'vaxjo': lower case without diacritics."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def words(text: str) -> list[str]:
    """Folded words, stop words kept."""
    return _TOKEN.findall(fold(text))


def tokens(text: str) -> list[str]:
    """Index/query tokens: folded, stop words removed, stemmed."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS and (len(w) > 1 or w.isdigit())]
