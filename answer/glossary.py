"""Abbreviation questions ("vad betyder RGK", "vad står SOK för"): the expansion where the minutes spell
it out ("Regionala samverkansgruppen (RSG)", "SOK (Strategisk överenskommelse …)", "AU = arbetsutskottet"),
quoted in its sentence; otherwise say it is not explained and show where it is used."""

from __future__ import annotations

import re

from index.query import parse_query
from swedish.questions import GLOSSARY_SUBJECT, asks
from swedish.text import fold

from .context import Context
from .models import Answer, cite_hit, cite_meeting
from .quotes import candidate_sentences

SMALL_WORDS = {"och", "för", "i", "av", "med", "på", "om", "till", "inom", "samt"}
ABBREVIATION = re.compile(r"(?<![\wÅÄÖåäö])(?P<word>[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9})(?![\wÅÄÖåäö])")


def asked_abbreviation(question: str) -> str | None:
    found = [m["word"] for m in ABBREVIATION.finditer(question)]
    if found:
        return found[-1]
    subject = asks(GLOSSARY_SUBJECT, question)
    return subject["word"].upper() if subject else None


def answer_glossary(ctx: Context) -> Answer | None:
    word = asked_abbreviation(ctx.question)
    if not word:
        return None
    ranking = ctx.retriever.search(parse_query(word), top_k=max(ctx.top_k, 20), filters=ctx.filters)
    for hit in ranking.hits:
        for sentence in candidate_sentences(hit.chunk.text):
            expansion = expansion_in(sentence, word)
            if expansion:
                citation = cite_hit(hit, sentence)
                text = f"{_as_written(word, sentence)} står för ”{expansion}”. {citation.line()}"
                return Answer(ctx.question, "glossary", True, text, [citation], ranking.hits,
                              lead=text.removesuffix(citation.line()).strip())
    used = [cite_hit(hit, _sentence_with(hit.chunk.text, word)) for hit in ranking.hits[:ctx.max_quotes]]
    titled = _people_with_title(ctx, word)
    if not used and not titled:
        return None
    lines = [f"{word} förklaras inte i mötesanteckningarna" + (", men används här:" if used else ".")]
    lines += [c.line() for c in used]
    lines += [f"{c.quote} står med {word} i närvarolistan ({c.label})." for c in titled]
    return Answer(ctx.question, "glossary", True, "\n".join(lines), used + titled, ranking.hits, lead=lines[0])


def _people_with_title(ctx: Context, word: str) -> list:
    """Attendees listed with the abbreviation as their role or organisation ('Gustav Lönn, MAS'); the
    citation holds the parsed name, not a quote put together from two fields."""
    found = []
    for meeting in ctx.lookup.meetings(ctx.filters):
        for person in meeting.attendees + meeting.absentees:
            if word.lower() in {(person.role or "").lower(), (person.organisation or "").lower()}:
                found.append(cite_meeting(meeting, person.name))
                break
    return found[:2]


def expansion_in(sentence: str, word: str) -> str | None:
    """The words the sentence spells the abbreviation out with, as written; None when it does not."""
    escaped = re.escape(word)
    before = re.search(rf"(?P<exp>(?:[\wÅÄÖåäö-]+[ ,]+){{0,8}}[\wÅÄÖåäö-]+)\s*\(\s*{escaped}\s*\)", sentence, re.I)
    if before and (found := _fitting_tail(before["exp"], word)):
        return found
    after = re.search(rf"\b{escaped}\s*(?:\((?P<paren>[^)]{{3,90}})\)|(?:=|–|-|:|står\s+för|betyder|dvs\.?|"
                      rf"är\s+en\s+förkortning\s+för)\s*(?P<rest>[^.;\n()]{{3,90}}))", sentence, re.I)
    if after:
        candidate = (after["paren"] or after["rest"]).strip(" ,")
        if _spells(candidate, word):
            return candidate
    return None


def _fitting_tail(words_before: str, word: str) -> str | None:
    """The shortest run of the last words that spells the abbreviation: 'inom Regionala samverkansgruppen'
    → 'Regionala samverkansgruppen' for RSG."""
    parts = words_before.split()
    for start in range(len(parts) - 1, -1, -1):
        candidate = " ".join(parts[start:])
        if parts[start].lower() not in SMALL_WORDS and _spells(candidate, word):
            return candidate.strip(" ,")
    return None


def _spells(candidate: str, word: str) -> bool:
    """Do the abbreviation's letters appear in order in the candidate, the first one starting it?"""
    letters = [c for c in fold(word) if c.isalnum()]
    text = fold(candidate)
    if not letters or not text or text[0] != letters[0] or len(candidate) < len(word) + 2:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _as_written(word: str, sentence: str) -> str:
    match = re.search(rf"\b{re.escape(word)}\b", sentence, re.I)
    return match.group(0) if match else word


def _sentence_with(text: str, word: str) -> str:
    sentences = candidate_sentences(text)
    return next((s for s in sentences if re.search(rf"\b{re.escape(word)}\b", s, re.I)), sentences[0] if sentences else text)
