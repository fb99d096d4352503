"""Swedish text analysis for the lexical index: tokens that match across spelling variants.

Steps: lower-case; fold å/ä/ö and accents to ASCII (so OCR'd "forslag" meets
"förslag"); split on non-alphanumerics; drop stop words; Snowball Swedish stem;
and for compounds, also the stems of their parts, found against the Swedish
Hunspell word list ("resurscentrumheder" → + "resurscentrum", "heder";
"hedersrelaterat" → + "heder", "relater"), so a compound meets its parts
written apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from .dictionary import lexicon
from .text import fold

# Common Swedish function words (folded), plus question words that carry no topic.
STOP_WORDS = frozenset("""
alla allt an and annat att av bara blev bli blir da dar de dem den denna deras dess dessa det detta dig din
dina ditt du efter eller en ett fanns for fran ha hade han hans har hon honom hur i icke inom inte ja jag
kan kunde man med mellan men mig min mina mitt mot mycket ni nagon nagot nagra nar nu och om oss pa sa
sadan sadana sig sin sina sitt ska skall skulle som till under upp ut utan vad var vara varit vars vart
vem vi vid vilka vilken vilket vill ar at over
""".split())
_TOKEN = re.compile(r"(?<![a-z0-9])[a-z]-(?=[a-z]{2})|[a-z0-9]+")
# "GLP-1", "covid-19": letters and a number joined by a hyphen, as people also type them ("glp1")
_LETTERS_NUMBER = re.compile(r"(?<![a-z0-9-])([a-z]{2,6})-(\d{1,3})(?![0-9])")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("swedish")


_PLURAL_AFTER_OR = ("er", "erna", "ers", "ernas")  # not the -s of a verb: "genomförs" keeps its "för"
# Bumped whenever `tokens` changes, so that saved lexical indexes are rebuilt with the new analysis.
ANALYSIS_VERSION = 4


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball's Swedish stem, made to agree on nouns in -or and -el: Snowball cuts "revisor" to "revis" (-or as
    in "flickor") but keeps "revisorn", "nyckeln" and the "revisor" of "revisorer" whole."""
    stemmed = _stemmer().stemWord(word)
    if stemmed.endswith(("orn", "eln")) and len(stemmed) > 5:  # "revisorn", "revisorns"
        return _stemmer().stemWord(stemmed[:-1])
    if stemmed.endswith("or") and len(stemmed) > 4 and word[len(stemmed):] in _PLURAL_AFTER_OR:  # "revisorer"
        return stemmed[:-2]
    return stemmed


def words(text: str) -> list[str]:
    """Folded words, stop words kept. A letter joined to a word by a hyphen is a word of its own too, written
    together: "a-laget" is "alaget" and "laget", "p-plats" "pplats" and "plats"; the A-team is not any team.
    Letters and a number joined by a hyphen are also the word written together: "GLP-1" is "glp", "1", "glp1"."""
    folded = fold(text)
    found = _TOKEN.findall(folded)
    if "-" not in text:
        return found
    result = []
    for index, word in enumerate(found):
        if word.endswith("-"):
            if index + 1 < len(found):
                result.append(word[0] + found[index + 1])
        else:
            result.append(word)
    return result + [m[1] + m[2] for m in _LETTERS_NUMBER.finditer(folded)]


def tokens(text: str) -> list[str]:
    """Index/query tokens: folded, stop words removed, stemmed, compounds with their parts."""
    return tokens_of(words(text))


def tokens_of(folded_words: list[str]) -> list[str]:
    """`tokens` of words already folded and split (`words`)."""
    result: list[str] = []
    for word in folded_words:
        if word in STOP_WORDS or (len(word) < 2 and not word.isdigit()):
            continue
        stemmed = stem(word)
        result.append(stemmed)
        if stemmed == word and word.endswith("et") and len(word) > 6:
            result.append(stem(word[:-2]))  # Snowball keeps the definite '-et': 'matsvinnet' also as 'matsvinn'
        result.extend(stem(part) for part in compound_parts(word))
    return result


MIN_PART = 4
# Words of three letters that end many compounds in minutes ("budgetram", "tjänstebil", "arbetstid", "grupprum",
# "matsal", "verksamhetsmål"), folded; after a first part of five letters or more. Not "het", "lag", "sen": endings
# and words that would cut "verksamhet", "förslag", "styrelsen" wrong.
SHORT_HEADS = frozenset("ram bil hus kok rum tid bro sal mat bad vag tak bat mal".split())
MIN_HEAD_BEFORE_SHORT = 5


def warm_up() -> None:
    """Read the word list now (about a second), not during the first search."""
    lexicon()


def in_word_list(folded: str) -> bool:
    """A word of the word list, as written or as its stem ('kommunen', 'forslaget'); not a name ('Anneli')."""
    return folded in lexicon() or stem(folded) in lexicon()


def _known(word: str, known_words: frozenset[str]) -> bool:
    """A word list entry, or one with an inflection ending (-et, -en, -na, …) that the list lacks."""
    if word in known_words or stem(word) in known_words:
        return True
    return any(word[:-len(ending)] in known_words for ending in _INFLECTIONS
               if word.endswith(ending) and len(word) - len(ending) >= MIN_PART)


# Endings of a word the list has without them ("avgiften", "protokollets"); not any letters: "ankning" is not
# the list's abbreviation "ankn" inflected.
_INFLECTIONS = ("a", "e", "n", "r", "s", "t", "en", "et", "na", "ar", "er", "or", "de", "te", "ts", "ns", "ade",
                "ens", "ets", "nas", "ars", "ers", "ors")


@lru_cache(maxsize=200_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Parts of a compound word ('resurscentrumheder' → ('resurscentrum', 'heder')); () if none."""
    if len(word) < 2 * MIN_PART or not word.isalpha():
        return ()
    known_words = lexicon()
    cuts = []  # (shorter part's length, parts)
    if word[-3:] in SHORT_HEADS and len(word) - 3 >= MIN_HEAD_BEFORE_SHORT:  # "budget|ram", "tjänste|bil"
        first = next((c for c in _first_part_forms(word[:-3]) if c in known_words), None)
        if first:
            cuts.append((3, (first, word[-3:])))
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not _known(tail, known_words):
            continue
        first = next((c for c in _first_part_forms(head) if len(c) >= 3 and c in known_words), None)
        if first:
            cuts.append((min(len(head), len(tail)), (first, tail)))
    if cuts:  # the most even cut: "undersköterske|utbildningen", not "under|sköterskeutbildningen"
        return max(cuts, key=lambda c: c[0])[1]
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if _known(tail, known_words) and (inner := compound_parts(head)):
            return (*inner, tail)
    return ()


def _first_part_forms(head: str) -> tuple[str, ...]:
    """The first part of a compound as written, and as the word it is made from: less the joining s
    ('månads'), or with the -a its joining vowel replaced ('gatu' → 'gata', 'kyrko' → 'kyrka')."""
    forms = [head]
    if head.endswith("s"):
        forms.append(head[:-1])
    if head.endswith("es"):
        forms.append(head[:-2] + "a")  # "hyres" → "hyra"
    if head[-1:] in ("e", "o", "u"):
        forms.append(head[:-1] + "a")
    if head.endswith("e"):
        forms.append(head[:-1])  # "skatte" → "skatt", "tjänste" → "tjänst"
    return tuple(forms)
