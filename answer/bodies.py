"""Which meetings a question's words name by their body ("ordförande i ledningsgruppen", "roddklubben")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.models import Meeting
from swedish.analysis import STOP_WORDS, compound_parts, stem, words
from swedish.dates import MONTH_MEETING
from swedish.dictionary import frequency
from swedish.text import fold
from swedish.wording import ORGANISATION_NAME, organ_head

# Too common in body names to pick one body; the kinds of meeting name no body either ("föreningsstämman").
GENERIC = {"mot", "grupp", "styrels", "namnd", "kommun", "och", "for"} | {
    stem(fold(w)) for w in ("stämma", "stämman", "föreningsstämma", "föreningsstämman", "årsstämma", "årsstämman",
                            "bolagsstämma", "bolagsstämman", "årsmöte", "årsmötet", "styrelsemöte", "styrelsemötet")}


def body_words(meetings: list[Meeting]) -> frozenset[str]:
    """Stems of the words of every body's name (and of its parts: 'Humlan' in 'Föräldrakooperativet Humlan')."""
    return frozenset(stem(w) for body in {m.body for m in meetings} for w in words(body) if len(w) > 1) - GENERIC


def _named_words(question_stems: set[str], body: str, *, exact: bool) -> int:
    """How many of the question's words name the body (the same stem; or, when not `exact`, one that starts the
    other)."""
    own = {stem(w) for w in words(body) if len(w) > 2} - GENERIC
    if exact:
        return len(question_stems & own)
    return sum(any(len(b) >= 5 and len(q) >= 5 and (q.startswith(b) or b.startswith(q)) for b in own)
               for q in question_stems)


def meetings_of_named_body(question: str, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings of the bodies the question names with most words (a word of the name, stemmed; failing
    that, a word that starts or ends one: "kulturrådets" names "Kulturrådet" before "Kultur- och
    fritidsnämnden"): "styrgruppen för nära vård" is the one whose name holds "nära" and "vård" too. All when
    it names none."""
    return _of_the_organ_asked(question, _of_the_bodies_named(question, meetings))


def narrowed_to(filters, meetings: list[Meeting], named: list[Meeting]):
    """The search filters limited to the bodies of `named`, some of `meetings`; unchanged when it is none or all."""
    if not named or len(named) == len(meetings):
        return filters
    return replace(filters, bodies=tuple(sorted({m.body for m in named})))


def _of_the_bodies_named(question: str, meetings: list[Meeting]) -> list[Meeting]:
    wanted = {stem(w) for w in words(question) if len(w) > 3} - GENERIC
    all_bodies = {m.body for m in meetings}
    for exact in (True, False):
        counts = {body: _named_words(wanted, body, exact=exact) for body in all_bodies}
        most = max(counts.values(), default=0)
        if most:
            named = with_namesakes(tuple(body for body, count in counts.items() if count == most), all_bodies)
            return [m for m in meetings if m.body in named]
    heads = organ_heads(question)
    if heads:
        named = with_namesakes(tuple(b for b in all_bodies if any(_head_names(head, b) for head in heads)), all_bodies)
        if named or not _kinds_of_meeting_only(question):  # "uppstartsmötet" is a meeting, not a body to find
            return [m for m in meetings if m.body in named]
    return meetings


_MEETING_TAILS = ("mote", "motet", "motets", "sammantrade", "sammantradet", "traffen")


def _kinds_of_meeting_only(question: str) -> bool:
    """Whether every compound that would name a body names a kind of meeting ('uppstartsmötet', 'planeringsmötet')."""
    return all(fold(word).endswith(_MEETING_TAILS) for word in words(question) if organ_head(word))


# The organ a question names by its meeting: "ordförande för årsstämman" is not the board's chair.
_ORGAN_WORDS = (("arsstamm", "stamm"), ("foreningsstamm", "stamm"), ("stamm", "stamm"), ("arsmot", "arsmot"),
                ("styrelse", "styrelse"))


def _of_the_organ_asked(question: str, meetings: list[Meeting]) -> list[Meeting]:
    """Of several organs' meetings, those of the organ the question names ('årsstämman', 'styrelsen'); all when
    it names none or none of them is of it."""
    asked = _organs_asked(question)
    if not asked or len({m.body for m in meetings}) < 2:
        return meetings
    of_organ = [m for m in meetings if any(organ in fold(m.body.rsplit(",", 1)[-1]) for organ in asked)]
    return of_organ or meetings


def _organs_asked(question: str) -> set[str]:
    return {organ for w in words(question) for start, organ in _ORGAN_WORDS if w.startswith(start)}


def _head_names(head: str, body: str) -> bool:
    """'kar' (kårstyrelsens) names 'Studentkåren …'; 'bolag' (bolagsstyrelsen) also names '… AB' (`_kind_of`)."""
    return head in fold(body) or _kind_of(head, body)


_COMPANY = re.compile(r"\b(?:ab|aktiebolag\w*)\b")


# Organs that meet as bodies of their own, at the end of a folded word: a question naming one asks about that body.
# Not "styrelse", "stämma", "möte": every organisation has them, whether its minutes' name says so or not.
_OWN_ORGAN = re.compile(r"(fullmaktige|namnd|utskott|natverk|rad|kommitte|grupp)(?:en|et|ets|ens|es|s|n|ns)?$")


def unlisted_organ(question: str, bodies: set[str]) -> str | None:
    """A word of the question naming an organ of a kind that no body here is ('kommunfullmäktiges' when the
    minutes are the kommunstyrelse's, 'elevhälsochefsnätverket'); None when it names none or one that is here."""
    kinds = {found[1] for body in bodies for w in words(body) if (found := _OWN_ORGAN.search(w))}
    for word in words(question):
        if (found := _OWN_ORGAN.search(word)) and found[1] not in kinds:
            return word
    return None


def organ_heads(question: str) -> list[str]:
    """What a compound naming a body or its meeting says about the body: 'kårstyrelsens möte' → 'kar',
    'kulturnämndens' → 'kultur' (folded; a genitive s dropped). Kinds of meeting ('årsmötet') say nothing."""
    heads = [organ_head(word) for word in words(question) if stem(word) not in GENERIC and not MONTH_MEETING.search(word)]
    return [head[:-1] if head.endswith("s") and len(head) > 4 else head for head in heads if head]


_RAW_WORD = re.compile(r"[^\W_]+")
DISTINCTIVE = 3.0  # a body's word rarer than this (Zipf) names the body: "Tornbacksskolans", "LLBU", "fiberföreningen"


@dataclass(frozen=True)
class BodyScope:
    """The bodies a question names, and the words of the question that name them."""

    bodies: tuple[str, ...]
    words: tuple[str, ...]


def named_bodies(question: str, bodies: set[str],
                 writes: Callable[[str, set[str]], bool] | None = None) -> BodyScope | None:
    """The bodies a question names by distinctive words of their names ("i fiberföreningen", "på
    Tornbacksskolan", "LLBU"): those that hold most of the named words. An empty scope when it names no body;
    None when the words it names belong to no single body ("ordförande i socialnämnden i Brännhammar") and no
    body's minutes write the words that name the other (`writes(body, stems)`)."""
    elsewhere = _groups_of_other_things(question, bodies)
    asked = {s: (word, rare) for s, word, rare in _stems_and_rarity(question)
             if s not in GENERIC and word not in elsewhere}
    capitals = {stem(fold(w)) for w in _RAW_WORD.findall(question) if len(w) > 2 and w.isupper()}
    kinds = {q: body_kind(fold(word)) for q, (word, _) in asked.items()}  # once per word, not per word and body
    holding = {body: {q for q, (word, rare) in asked.items() if _names_body(q, word, rare, body, q in capitals)
                      or _kind_of(kinds[q], body)}
               for body in bodies}
    named = set().union(*holding.values()) if holding else set()
    if not named:
        return BodyScope((), ())
    most = max(len(found) for found in holding.values())
    if most < len(named):
        return _named_with_topic(asked, holding, named, writes)
    chosen = tuple(sorted(body for body, found in holding.items() if len(found) == most))
    words_ = tuple(asked[q][0] for q in sorted(named)) + _more_of_the_names(asked, named, chosen)
    return BodyScope(_with_the_organ_asked(question, with_namesakes(chosen, bodies), bodies), words_)


def _with_the_organ_asked(question: str, chosen: tuple[str, ...], bodies: set[str]) -> tuple[str, ...]:
    """'HOK:s årsmöte': the organisation's other organs too, when the question asks for one (the annual meeting's
    minutes need not write 'HOK' as the board's do); the organ is chosen among them later."""
    if not _organs_asked(question):
        return chosen
    names = {name for body in chosen for name in proper_names(body)}
    return tuple(sorted(set(chosen) | {body for body in bodies if proper_names(body) & names}))


# "styrgruppen för SKRUVAS": a group of a project, not the body whose minutes are read, when no body's name holds
# what the group is for.
_GROUP_FOR = re.compile(r"\b(?P<group>\w+(?:grupp|gruppen|gruppens))\s+(?:för|for|i|inom)\s+(?P<what>\w+)",
                        re.IGNORECASE)


def _groups_of_other_things(question: str, bodies: set[str]) -> set[str]:
    """The question's group words (lower case) that name a group for something no body's name holds."""
    named = {stem(fold(w)) for body in bodies for w in _RAW_WORD.findall(body.lower())}
    return {m["group"].lower() for m in _GROUP_FOR.finditer(question)
            if stem(fold(m["what"].lower())) not in named and fold(m["what"].lower()) not in STOP_WORDS}


def with_namesakes(chosen: tuple[str, ...], bodies: set[str]) -> tuple[str, ...]:
    """The chosen bodies and the same organ of the same organisation named otherwise in other minutes: 'Mossbacka
    Golfklubb, styrelsen' and 'Mossbacka GK, styrelsen' share the proper name and the organ; 'Rektorsgruppen
    Björkhaga' is 'Björkhaga skolområde, Rektorsgruppen' named shorter, 'Kommunala pensionärsrådet' the
    municipality's council named without the municipality."""
    found = set(chosen)
    for body in bodies - found:
        if any((proper_names(body) & proper_names(other)
                and (_same_organ(_organ(body), _organ(other)) or _one_names_the_other(body, other)))
               or _named_without_its_organisation(body, other) for other in chosen):
            found.add(body)
    return tuple(sorted(found))


def _named_without_its_organisation(body: str, other: str) -> bool:
    """'Kommunala pensionärsrådet' (a web page's heading) is 'Åsbrunna kommun, Kommunala pensionärsrådet (KPR)'
    less the municipality: a name of two words or more, all of them in the other's."""
    mine = _name_stems(body)
    return not proper_names(body) and len(mine) >= 2 and mine <= _name_stems(other)


def _one_names_the_other(body: str, other: str) -> bool:
    """'Rektorsgruppen Björkhaga' and 'Björkhaga skolområde, Rektorsgruppen': every word of one is in the other."""
    mine, theirs = _name_stems(body), _name_stems(other)
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _name_stems(body: str) -> frozenset[str]:
    return frozenset(stem(word) for word in words(body) if word not in STOP_WORDS)


def _same_organ(organ: str, other: str) -> bool:
    """'styrelsen' and 'avdelningsstyrelsen' of one organisation are one organ; '' is none."""
    if not organ or not other:
        return False
    shorter, longer = sorted((organ, other), key=len)
    return longer.endswith(shorter) and len(shorter) >= 6


def _organ(body: str) -> str:
    """The organ after the comma or dash of 'Organisation, organ' / 'Organisation – organ', folded; '' when the
    name has none."""
    parts = re.split(r", | [–-] ", body)
    return fold(parts[-1]).strip() if len(parts) > 1 else ""


def _more_of_the_names(asked: dict, named: set[str], bodies: tuple[str, ...]) -> tuple[str, ...]:
    """The question's other words from the chosen bodies' names, common ones too: in "Brännvikens Energis
    styrelse" the body is named by "Brännvikens", and "Energis" is no topic either."""
    own = {stem(w) for body in bodies for w in words(body)} - GENERIC
    return tuple(word for q, (word, _) in sorted(asked.items())
                 if q not in named and (q in own or (q.endswith("s") and q[:-1] in own)))


def _named_with_topic(asked: dict, holding: dict[str, set[str]], named: set[str],
                      writes: Callable[[str, set[str]], bool] | None) -> BodyScope | None:
    """Words that name two bodies, where one body's minutes write the other's words: in "vad beslutade kyrkorådet
    om hembygdsföreningens utställning" the heritage society is what the parish council decided about."""
    fits = [body for body, found in holding.items() if found and writes and writes(body, named - found)]
    if not fits:
        return None
    most = max(len(holding[body]) for body in fits)
    chosen = sorted(body for body in fits if len(holding[body]) == most)
    naming = set().union(*(holding[body] for body in chosen))
    return BodyScope(tuple(chosen), tuple(asked[q][0] for q in sorted(naming)))


@lru_cache(maxsize=65_536)  # asked of every body for every word of every question
def _names_body(asked: str, word: str, rare: bool, body: str, in_capitals: bool) -> bool:
    """Does the question's word name the body? A word in capitals is an abbreviation: it names a body only as
    its acronym ('LLBU'), never as a word that folds to the same letters ('MAS' is not 'Måsen'). A short stem
    names it only as the name is written: 'mas' is the stem of 'Måsen' but not its name."""
    if in_capitals:
        return asked in _abbreviations(body)
    if len(asked) < 4:
        written = {fold(w) for w in _RAW_WORD.findall(body.lower())}
        return asked == acronym(body) or fold(word) in _capitals(body) \
            or (asked in _distinctive(body) and fold(word).removesuffix("s") in written)
    return any(_same_name(asked, b, rare) for b in _distinctive(body))


@lru_cache(maxsize=4096)
def _abbreviations(body: str) -> frozenset[str]:
    """The body's acronym and the words its name writes in capitals ('LLBU'), stemmed; kept per body like
    `_distinctive`, since every question that holds a word in capitals asks it of every body."""
    return frozenset({acronym(body)} | {stem(fold(a)) for a in _RAW_WORD.findall(body) if a.isupper()})


@lru_cache(maxsize=4096)
def _capitals(body: str) -> frozenset[str]:
    """The words of three or more letters the body's name writes in capitals ('PRO' of 'PRO Ekbacka'), folded: typed
    in lower case ('pro styrelsen') they still name it."""
    return frozenset(fold(w) for w in _RAW_WORD.findall(body) if len(w) >= 3 and w.isupper())


@lru_cache(maxsize=4096)
def _distinctive(body: str) -> frozenset[str]:
    """The words that name this body, and its acronym; the same for every question, so kept."""
    return (frozenset(s for s, _, rare in _stems_and_rarity(body) if rare) | {acronym(body)}) - GENERIC - {""}


@lru_cache(maxsize=4096)
def proper_names(body: str) -> frozenset[str]:
    """The rare words a body's name writes with a capital, folded: what its organisation is called ('Kallmora' in
    'Kallmora HC, årsmötet' and 'Kallmora HC, styrelsen'; 'Norrgärde' in two namings of one hemtjänst group). An
    everyday word is a name too right after the kind of group: 'Spegeln' in 'Teaterföreningen Spegeln'."""
    written = _RAW_WORD.findall(body)
    return frozenset(fold(w) for before, w in zip(["", *written], written)
                     if w[:1].isupper() and not w.isupper() and len(w) > 3 and not _KIND_OF_GROUP.search(fold(w))
                     and (frequency(w.lower()) < DISTINCTIVE or _KIND_OF_GROUP.search(fold(before))))


# Words that say what kind of group it is, not which: "Ledningsgrupp", "Styrgruppen", "Kulturrådet".
_KIND_OF_GROUP = re.compile(r"(?:grupp|styrelse|namnd|rad|utskott|forening|forbund|klubb|mote|traff|natverk)"
                            r"(?:en|et|ens|ets|s|n|na|ar|arna|er|erna)?$")  # not "Norrådalen"


_SMALL = {"och", "for", "i", "av", "med", "pa", "till", "om"}


def acronym(body: str) -> str:
    """What people shorten the body's name to: the first letters of its words and of their compound parts
    ('Kommunstyrelsens arbetsutskott' → 'ksau', 'Barn- och utbildningsnämnden' → 'bun'); '' when shorter than three."""
    letters = ""
    for word in words(body.split(",")[-1]):
        if word in _SMALL or word.isdigit():
            continue
        parts = compound_parts(word)
        letters += "".join(p[0] for p in parts) if parts else word[0]
    return letters if len(letters) >= 3 else ""


def _stems_and_rarity(text: str) -> list[tuple[str, str, bool]]:
    """(stem, word, is it a rare word) for the words of the text; rarity is judged on the word as written, with
    its å, ä and ö ('nätverket' is common, 'natverket' unknown)."""
    return [(stem(fold(w)), w, _rare(w)) for w in _RAW_WORD.findall(text.lower()) if len(w) > 2]


def _rare(word: str) -> bool:
    """Rare in every form: 'hembygdsföreningen' is rarer than 'hembygdsförening', but names no more."""
    forms = {word} | {word[:-len(e)] for e in ("s", "ens", "ets", "en", "et", "n") if word.endswith(e)}
    return max(frequency(f) for f in forms if len(f) > 3 or f == word) < DISTINCTIVE


def _same_name(asked: str, own: str, rare: bool) -> bool:
    """The same stem; or, for a rare word of the question, one that starts the other ('tornbacksskol' /
    'tornbacksskolans', 'fiberforening' / 'fiberforeningens'). Not one that ends it: the end of a compound is its
    generic part ('förening' in 'Fiberförening')."""
    if asked == own or _contracted(asked, own):
        return True
    if not rare or min(len(asked), len(own)) < 5:
        return False
    # A longer question word is the name with an ending ('fiberföreningens'), not a compound about something
    # else that starts with it ('Norrviksbadet' is a bath in Norrvik, not the Norrvik council).
    return own.startswith(asked) or (asked.startswith(own) and len(asked) - len(own) <= 3)


# What a body is, said with "the": "klubben" is the Verkstadsklubben, "rådet" the pensionärsråd, "bolaget" an AB.
_KINDS_OF_BODY = {"klubben": "klubb", "foreningen": "forening", "radet": "rad", "forbundet": "forbund",
                  "sallskapet": "sallskap", "bolaget": "bolag", "karen": "kar"}


def says_a_kind_of_body(word: str) -> bool:
    """A folded word that says what kind of body, also as a compound ("fackklubben", "scoutkåren"): in a question
    about a period it names who met, not a topic. (Not used to choose bodies: "idrottsföreningen" may be what a
    nämnd decided about.)"""
    definite = word.removesuffix("s") if word.endswith("ens") or word.endswith("ets") else word
    return body_kind(word) is not None or any(definite.endswith(d) and len(definite) - len(d) >= 3
                                              for d in _KINDS_OF_BODY)


def body_kind(word: str) -> str | None:
    """The kind of body a folded word says in the definite singular, also in the genitive ('bolagets') or before
    the organ that met ('bolagsstyrelsen', 'klubbstyrelsen'); 'föreningarna' says none."""
    definite = word if word in _KINDS_OF_BODY else word.removesuffix("s")
    if definite in _KINDS_OF_BODY:
        return _KINDS_OF_BODY[definite]

    head = organ_head(word)
    head = head[:-1] if head and head.endswith("s") else head
    return head if head in _KINDS_OF_BODY.values() else None


@lru_cache(maxsize=4096)
def _kind_of(kind: str | None, body: str) -> bool:
    """Whether a body is of that kind: a word of its name ends in it ('Verkstadsklubben', 'pensionärsrådet'), or
    for 'bolag', the name says AB."""
    if not kind:
        return False
    if kind == "bolag" and _COMPANY.search(fold(body)):
        return True
    return any(len(w) >= len(kind) + 3 and stem(w).endswith(kind) for w in words(body))


def _contracted(asked: str, own: str) -> bool:
    """A compound name said short, its first and last parts kept: 'vägföreningen' for
    'vägsamfällighetsföreningen'."""
    if len(asked) < 8 or len(own) <= len(asked):
        return False
    return any(own.startswith(asked[:i]) and own.endswith(asked[i:]) for i in range(3, len(asked) - 4))


def unknown_organisation(question: str, writes: Callable[[set[str]], bool]) -> str | None:
    """The name of an organisation the question names by its kind ('Gränsö IK', 'brf Måsen') when no minutes
    write it (`writes(stems)`: in a body's name, a list or a text); None when it names none or one that is there."""
    for match in ORGANISATION_NAME.finditer(question):
        name = match["after"] or match["before"]
        if frequency(name.lower()) >= DISTINCTIVE or fold(name) in GENERIC_NAME_WORDS:
            continue  # "föreningen beslutade", "klubben har": no name
        if not writes({stem(fold(name))}):
            return match.group(0)
    return None


GENERIC_NAME_WORDS = {"som", "och", "for", "att", "med", "har", "ska"}

