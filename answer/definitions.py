"""What-is questions about a name or a term ("vad är Prisdialogen", "vad är Vintersjöhem AB", "vad e
underhållsfonden"): the sentence of the minutes that says what it is, quoted; otherwise where it is named.

A sentence says what something is when it is written with a description: "Prisdialogen, branschens modell för
…", "det kommunala bostadsbolaget Vintersjöhem AB", "fastighetsunderhåll (underhållsfonden)", "Jenny Mattsson,
som driver Kafé Älvbrinken". Of the sentences that name it, the one with most such signs is quoted, the
earliest meeting first when they tie (where a thing is first introduced it is usually described).
"""

from __future__ import annotations

import re

from swedish.analysis import STOP_WORDS, in_word_list
from swedish.dictionary import frequency, lexicon
from swedish.questions import DEFINITION, asks
from swedish.text import fold

from .context import Context
from .models import Answer, Citation, cite_item
from .quotes import candidate_sentences

COMMON_WORD = 4.0  # Zipf from which a short word is an everyday one ("ska", "för", "bra"), not an abbreviation
RARE = 3.0  # Zipf: a word rarer than this names a thing ("underhållsfonden"), a commoner one a topic ("budgeten")
MAX_WORDS = 4
USES_SHOWN = 2
# What a question asks about when it is no name: "vad är läget", "vad är planen för …".
_NOT_A_THING = frozenset("laget status planen beslutet syftet problemet orsaken skillnaden".split())


def asked_thing(ctx: Context) -> str | None:
    """The name or term a "vad är X" question asks about, folded ('vintersjohem ab'); None for other questions
    and for everyday words, which a topic answer serves better ('vad är budgeten för 2026'). Typed in lower case,
    a name counts when the minutes write it as one ('kafé älvbrinken': "Kafé Älvbrinken")."""
    match = asks(DEFINITION, ctx.question)
    if not match:
        return None
    full = match["what"]
    cut = _PLACE_AFTER.sub("", full)
    for what in dict.fromkeys((full, cut)):
        words = what.split()
        if not words or len(words) > MAX_WORDS or words[0] in _NOT_A_THING \
                or (what != cut and not _written_anywhere(ctx, what)):  # the thing, without where it is
            continue
        if _typed_as_a_name(ctx.question, what) or any(uncommon(w) for w in words) or _written_as_a_name(ctx, what):
            return what
    return None


# "vad är Kompassen på Tallås", "vad är Närvarotrappan i Björkhaga skolområde": where the thing is, after its name
_PLACE_AFTER = re.compile(r"\s+(?:i|pa|hos|vid|inom)\s+.*$")


def _written_anywhere(ctx: Context, thing: str) -> bool:
    phrase = _phrase(thing)
    return any(phrase.search(fold(item.text)) for meeting in ctx.lookup.meetings(ctx.filters) for item in meeting.items)


def uncommon(word: str) -> bool:
    """Neither an everyday word nor one of the word list (typed without å/ä/ö, 'forslaget' is still a word); a
    short one as an abbreviation typed in lower case ('soc')."""
    if len(word) <= 5:
        return frequency(word) < COMMON_WORD and not word.isdigit() and word not in lexicon()
    return frequency(word) < RARE and not in_word_list(word)


def _written_as_a_name(ctx: Context, thing: str) -> bool:
    """Do the minutes write the words with a capital, as a name ('Kafé Älvbrinken')?"""
    phrase = _phrase(thing)
    for meeting in ctx.lookup.meetings(ctx.filters):
        for item in meeting.items:
            for found in phrase.finditer(fold(item.text)):
                if item.text[found.start()].isupper():
                    return True
    return False


def _phrase(thing: str) -> re.Pattern:
    """The folded words as written in folded text, hyphened or not, the last one inflected or not."""
    return re.compile(r"(?<![\w])" + r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", thing.strip())))
                      + r"(?:en|et|n|t|na|s)?(?![\w])")


def answer_definition(ctx: Context, thing: str) -> Answer | None:
    """The quote that says what the thing is; where it is named when none does; None when it is named nowhere."""
    phrase = _phrase(thing)
    named = [(meeting, index, sentence, span) for meeting in ctx.lookup.meetings(ctx.filters)
             for index, item in enumerate(meeting.items) for sentence in candidate_sentences(item.text)
             if (span := phrase.search(fold(sentence)))]
    if not named:  # a name written nowhere is not there; a term may be, in other words, for a topic answer
        return _nowhere(ctx, thing) if _typed_as_a_name(ctx.question, thing) else None
    scored = sorted(((_describes(n[2], n[3].start(), n[3].end()), n) for n in named),
                    key=lambda pair: (-pair[0], pair[1][0].date or ""))
    best, (meeting, index, sentence, span) = scored[0]
    as_written = sentence[span.start():span.end()]
    if best:
        citations = [cite_item(meeting, index, sentence)]
        lead = f"Så beskrivs ”{as_written}” i mötesanteckningarna:"
    else:
        citations = _uses(named)
        lead = f"”{as_written}” förklaras inte i mötesanteckningarna, men nämns här:"
    text = "\n".join([lead, *(c.line() for c in citations)])
    return Answer(ctx.question, "glossary", True, text, citations, lead=lead)


def _typed_as_a_name(question: str, thing: str) -> bool:
    capitalised = {fold(w) for w in re.findall(r"\b[A-ZÅÄÖ][\wåäöé-]+", question)[1:]}
    return bool(capitalised & set(thing.split()))


def _nowhere(ctx: Context, thing: str) -> Answer:
    names = re.finditer(r"\b[A-ZÅÄÖ][\wåäöé-]+(?:\s+[\wåäöÅÄÖé-]+)*", ctx.question)
    written = next((m.group(0) for m in names if fold(m.group(0)).startswith(thing.split()[0])), thing)
    lead = f"”{written.rstrip('?!. ')}” förekommer inte i mötesanteckningarna."
    return Answer(ctx.question, "glossary", False, lead, lead=lead)


def _uses(named: list) -> list[Citation]:
    """The first sentences that name the thing, one per item, newest first."""
    seen, found = set(), []
    for meeting, index, sentence, _ in sorted(named, key=lambda n: n[0].date or "", reverse=True):
        if (meeting.id, index) not in seen:
            seen.add((meeting.id, index))
            found.append(cite_item(meeting, index, sentence))
    return found[:USES_SHOWN]


# Signs that a sentence says what the thing is, after and before where it is named (in the folded sentence; the
# last two in the sentence as written, where case tells a description from a name).
_AFTER = ((re.compile(r"^\s*\("), 3), (re.compile(r"^\s+(?:ar|var|innebar)\s"), 3))
_AFTER_AS_WRITTEN = ((re.compile(r"^\s*(?:,|–|-|=|:)\s*(?:som\s+)?[a-zåäö]"), 2),)
_BEFORE = ((re.compile(r"\(\s*$"), 3),
           (re.compile(r"\b(?:det|den|ett|en|var|vart|sitt|sin)\s+(?:\w+\s+){0,2}\w+(?:et|en|n)\s+$"), 3),
           (re.compile(r"\b(?:driver|drivs\s+av|kallad|kallas|heter|namnet)\s+$"), 2))
# "daglig verksamhet Verkstan": what it is, written right before its name (not "på Verkstan", "till Verkstan").
_KIND_BEFORE_NAME = re.compile(r"\b(?P<word>[a-zåäö]{4,})\s+$")


def _describes(sentence: str, start: int, end: int) -> int:
    """How many signs of a description surround the name at [start, end) (0: it is only named)."""
    folded = fold(sentence)
    score = sum(weight for pattern, weight in _AFTER if pattern.search(folded[end:]))
    score += sum(weight for pattern, weight in _AFTER_AS_WRITTEN if pattern.search(sentence[end:]))
    score += sum(weight for pattern, weight in _BEFORE if pattern.search(folded[:start]))
    kind = _KIND_BEFORE_NAME.search(sentence[:start])
    if kind and sentence[start:start + 1].isupper() and fold(kind["word"]) not in STOP_WORDS:
        score += 2
    return score
