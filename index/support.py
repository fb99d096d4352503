"""The support rule: does a passage say enough of what the question asks to be given as an answer?

One rule for search and answers. The question's topic words (frame words such as "vad
beslutades om" left out) are weighted by how rare they are in the minutes; a passage supports
the question when it holds at least `min_support` of that weight. A word counts as present in
a passage when the passage has:

- the same stem, folded ("förskolan" / "forskolan" / "förskolor");
- every part of it as a compound written apart, or the word inside a compound
  ("hedersfrågan" / "frågan om heder", "discord" / "discordservern");
- a spelling one letter off (two for long words): "ambulasen", "resurscentrun";
- a word of the same synonym group (`swedish.synonyms`): "pengar" / "medel".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
import re
from functools import lru_cache

from swedish.analysis import STOP_WORDS, compound_parts, in_word_list, stem, words
from swedish.dictionary import frequency
from swedish.synonyms import synonyms
from swedish.text import fold
from swedish.wording import ANSWER_NOUNS, COMPOUND_TAILS, FRAME_WORDS

MIN_HEAD = 6  # a shorter head ("plan", "rad") would be met in too many compounds about other things
MIN_PREFIX = 5  # "discord" inside "discordservern": only for words this long, so "vad" never matches "vadå"


@dataclass(frozen=True)
class Term:
    """One topic word of a question, with every form that counts as it."""

    word: str
    stem: str
    parts: tuple[str, ...]
    alternatives: frozenset[str]


@lru_cache(maxsize=20_000)
def _term(word: str) -> Term:
    stemmed = stem(word)
    parts = compound_parts(word) or _without_particle(word)
    alternatives = synonyms(stemmed) | _nouns_of_verb(word) | _verb_of_noun(stemmed) | _holder_of(stemmed)
    return Term(word, stemmed, tuple(stem(p) for p in parts), alternatives)


# A verb in -era and its nouns: "levererar" / "leveransen", "finansierade" / "finansieringen", "installera" /
# "installationen". Minutes often name the thing done where the question asks with the verb.
_ERA_VERB = re.compile(r"^(?P<root>\w{4,}?)er(?:a|ar|ade|ades|as|at|ats)$")
_ERA_NOUNS = ("ans", "ing", "ering", "ation")


def _nouns_of_verb(word: str) -> frozenset[str]:
    found = _ERA_VERB.match(word)
    nouns = [found["root"] + ending for ending in _ERA_NOUNS] if found else []
    return frozenset(nouns) | frozenset(map(stem, nouns))  # "leverans" is stemmed "leveran", "leveransen" "leverans"


# A noun in -ning and its verb: "sänkning" / "sänks", "utbildning" / "utbilda". Not a short root or one ending in
# a vowel: "tidning" is not "tid", nor "förening" "före".
_NING_NOUN = re.compile(r"^(?P<root>\w{3,}[^aeiouy])ning$")


def _verb_of_noun(stemmed: str) -> frozenset[str]:
    found = _NING_NOUN.match(stemmed)
    return frozenset({found["root"]}) if found else frozenset()


# A role's office: "ordförandeskapet" is held by the "ordförande", "medlemskapet" by a "medlem".
_SKAP_NOUN = re.compile(r"^(?P<root>\w{4,})skap$")


def _holder_of(stemmed: str) -> frozenset[str]:
    found = _SKAP_NOUN.match(stemmed)
    return frozenset({found["root"], stem(found["root"])}) if found else frozenset()


# A verb's particle written first ("utskickade" for "skickade ut", "uppföljningen" for "följa upp"): the rest counts.
_PARTICLES = ("ut", "upp", "fram", "bort")  # not "av", "in", "till": "avgift", "information", "tillstånd"
MIN_PARTICLE_REST = 6


def _without_particle(word: str) -> list[str]:
    for particle in _PARTICLES:
        if word.startswith(particle) and len(word) - len(particle) >= MIN_PARTICLE_REST:
            return [word[len(particle):]]
    return []


def topic_terms(text: str, *, names: frozenset[str] = frozenset()) -> list[Term]:
    """The words of a question that name its topic, each once. Words of a body's name (`names`, stems)
    are left out when other words remain: "vad beslutade brf Lönnen om tvättstugan" is about the laundry."""
    seen: dict[str, Term] = {}
    full_names = _full_names(text)
    surnames = set(full_names.values())
    written = words(text)
    for position, word in enumerate(written):
        if word in STOP_WORDS or word in FRAME_WORDS or (len(word) < 2 and not word.isdigit()) or word in surnames:
            continue
        if _names_the_answer(word) and position and written[position - 1] in ("vilket", "vilken", "vilka"):
            continue  # "vilket (konsult)bolag …" asks for a name
        seen.setdefault(word, _person(word, full_names[word]) if word in full_names else _term(word))
    terms = list(seen.values())
    topic = [t for t in terms if t.stem not in names]
    return topic or terms


def _names_the_answer(word: str) -> bool:
    """'företag', 'konsultbolaget', 'byggfirman': what a "vilket …" asks for, not what it is about."""
    return word in ANSWER_NOUNS or any(word.endswith(noun) and len(word) >= len(noun) + 3 for noun in ANSWER_NOUNS)


def describing_a_name(written: Sequence[str], name: frozenset[str]) -> frozenset[str]:
    """Words of a question (`written`, its `words`) that say what a name is, right before it: "förskolan" in
    "förskolan Blåklinten", "teatern" in "teatern Spegeln" (`name`: the stems of a body's name). They name the
    body, not the topic."""
    return frozenset(word for word, after in zip(written, written[1:])
                     if stem(after) in name and word not in STOP_WORDS and word.endswith(("en", "an", "et", "n")))


# "Kent Åberg" in a question, after its first word: minutes call people by either name ("Kent skriver kravet").
_FULL_NAME = re.compile(r"(?<=\S\s)([A-ZÅÄÖ][a-zåäöéü]+)\s+([A-ZÅÄÖ][a-zåäöéü]+)\b")


def _full_names(text: str) -> dict[str, str]:
    """First name → surname (folded) for the full names the text writes."""
    return {fold(first): fold(last) for first, last in _FULL_NAME.findall(text)}


def _person(first: str, last: str) -> Term:
    """A person's full name as one topic word, present when either name is."""
    return Term(f"{first} {last}", stem(first), (), frozenset({stem(first), stem(last)}))


def is_present(term: Term, passage: frozenset[str]) -> bool:
    if term.parts and all(p in passage or _near_any(p, passage) or _verb_of_noun(p) & passage
                          for p in _topic_parts(term.parts)):
        return True  # "månadsavgiften" / "den månatliga nätavgiften": each part, in some form
    return is_written(term, passage)


def _topic_parts(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The parts that name the topic: "indikatorarbetet" is about "indikator", the work is implied."""
    return (parts[0], *(p for p in parts[1:] if p not in COMPOUND_TAILS))


def is_written(term: Term, passage: frozenset[str]) -> bool:
    """The word itself, in some form, a synonym, or a compound holding it; not its parts apart: a 'stationschef'
    is not a 'räddningschef' at a 'station'."""
    if term.stem in passage or term.alternatives & passage:
        return True
    return _near_any(term.stem, passage)


MAX_REMEMBERED = 50_000  # tokens per wanted word; the vocabulary of a large archive would grow it without end


@lru_cache(maxsize=4_096)
def _nearness(wanted: str) -> tuple[set[str], set[str]]:
    """The tokens `_near` found near this word and those it did not. The same words recur in passage after passage
    and question after question, and comparing a word with every token of every candidate dominated a search."""
    return set(), set()


def _near_any(wanted: str, passage: frozenset[str]) -> bool:
    near, far = _nearness(wanted)
    if not near.isdisjoint(passage):
        return True
    if len(far) > MAX_REMEMBERED:
        far.clear()
    for token in passage - far:
        if _near(wanted, token):
            near.add(token)
            return True
        far.add(token)
    return False


def _near(wanted: str, token: str) -> bool:
    """A compound containing the word, or a typo of it."""
    if len(wanted) >= MIN_PREFIX and token.startswith(wanted):
        return True
    if len(token) >= MIN_HEAD + 3 and any(len(token) >= len(head) + 3 and token.endswith(head)
                                          for head in _heads(wanted)):
        return True  # the head of a compound: "arrendet" is what "lottarrendet" is, "tillägget" "skiftformstillägg"
    if len(token) >= MIN_PREFIX and wanted.startswith(token):
        # "indikatorarbetet" asks about "indikator", "sångboksfrågan" about "sångbok"; but "brandskyddet"
        # is not about the "brand" of "Brandt": the rest must be an ending or a word that names no topic.
        tail = wanted[len(token):].removeprefix("s")
        if tail in _TAIL_ENDINGS or tail in COMPOUND_TAILS:  # not "fjärrkyla" for the "fjärr" of "fjärrvärme"
            return True
    if len(wanted) < 5 or len(token) < 2 or wanted[0] != token[0]:
        return False
    if wanted[1] != token[1] and (len(wanted) < 8 or wanted[2:4] != token[2:4]):
        return False  # a slip in the second letter only in a long word ("vervningsfikat" / "värvningsfikat")
    limit = 1 if len(wanted) < 8 else 2
    if len(token) > len(wanted) + 1 and token[len(wanted):] in _TAIL_ENDINGS:  # a typo, and an ending the stemmer
        return edits_within(wanted, token[:len(wanted)], limit)                 # kept ("värvningsfikan")
    return abs(len(wanted) - len(token)) <= 2 and edits_within(wanted, token, limit)


# What may follow a passage's word in a question's word about the same thing: an inflection the stemmer kept, or a
# suffix that makes a word of the same topic ("strömlösa" / "ström", "praktikanter" / "praktik").
_TAIL_ENDINGS = frozenset("""a e n t s d an en et ar er or na ne ns ts at ad ade da ens ets
ant ent are ande ende ning ing het lig isk sk los fri ism ist skap anden andet andena ningen ningar""".split()) | {""}
_ENDINGS = ("erna", "arna", "orna", "et", "en", "na", "er", "ar", "or")  # definite and plural, which stems keep


@lru_cache(maxsize=20_000)
def _heads(word: str) -> tuple[str, ...]:
    """The forms of the word that may end a compound: itself, and without a definite or plural ending
    ('tillagget' → 'tillagg'); none shorter than MIN_HEAD."""
    forms = (word, *(word[:-len(e)] for e in _ENDINGS if word.endswith(e)))
    return tuple(f for f in forms if len(f) >= MIN_HEAD)


def edits_within(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance ≤ limit, with early exit."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


_BEFORE_A_PLACE = frozenset({"i", "pa", "vid", "hos"})


def named_places(text: str) -> list[str]:
    """Stems of the names a question places its topic at ('orgeln i Brännebo kyrka', 'lamporna vid kvarnby
    kapell'): a word no word list has, right after 'i', 'på', 'vid' or 'hos'. A passage that does not name the place
    (nor does its body's name) is about the same thing elsewhere and does not answer it."""
    written = words(text)
    capitalised = {fold(name) for name in _CAPITALISED_PLACE.findall(text)}
    return [stem(word) for before, word in zip(written, written[1:])
            if before in _BEFORE_A_PLACE and len(word) >= 4 and word.isalpha() and not in_word_list(word)
            and not compound_parts(word)  # "i gatubelysningen": a compound the list lacks is no name
            and (word in capitalised or frequency(word) < NAME_FREQUENCY)]  # "i garaget" is no name


_CAPITALISED_PLACE = re.compile(r"\b(?:i|på|vid|hos)\s+([A-ZÅÄÖ][\wåäöé-]+)")
NAME_FREQUENCY = 2.0  # Zipf: a word typed in lower case this rare is a name ("brännebo"), a commoner one a word


def support(terms: Iterable[Term], passage: frozenset[str], weight: Callable[[str], float]) -> float:
    """Share (0–1) of the terms' weight that the passage holds; 0 for a question without topic words."""
    # A word with synonyms weighs as its commonest form: "pengar" stands for "medel", "budget", "kostnad" too,
    # so a passage holding one of them is not evidence enough by itself.
    weights = [(term, min(weight(form) for form in (term.stem, *term.alternatives))) for term in terms]
    total = sum(w for _, w in weights)
    if not total:
        return 0.0
    return sum(w for term, w in weights if is_present(term, passage)) / total
