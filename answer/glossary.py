"""Abbreviation questions ("vad betyder RGK", "vad står SOK för"): the expansion where the minutes spell
it out ("Regionala samverkansgruppen (RSG)", "SOK (Strategisk överenskommelse …)", "AU = arbetsutskottet"),
quoted in its sentence; otherwise say it is not explained and show where it is used."""

from __future__ import annotations

import re

from index.query import parse_query
from swedish.dictionary import frequency, is_word
from swedish.questions import GLOSSARY_SUBJECT, asks
from swedish.text import fold

from .context import Context
from .definitions import COMMON_WORD, answer_definition, asked_thing
from .models import Answer, Citation, cite_hit, cite_item, cite_meeting
from .quotes import candidate_sentences

SMALL_WORDS = {"och", "för", "i", "av", "med", "på", "om", "till", "inom", "samt"}
ABBREVIATION = re.compile(r"(?<![\wÅÄÖåäö])(?P<word>[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9})(?![\wÅÄÖåäö])")


def asked_abbreviation(question: str) -> str | None:
    found = [m["word"] for m in ABBREVIATION.finditer(question)]
    if found:
        return found[-1]
    subject = asks(GLOSSARY_SUBJECT, question)
    if not subject:
        return None
    word = subject["first"] or subject["word"] or subject["before"]
    # "vad innebär ett planbesked": a word typed in lower case that is a word of the language asks for what it
    # means in the minutes, which a topic answer quotes; abbreviations are short ("rgk", "pts").
    return None if len(word) > 5 and is_word(word) else word.upper()


def answer_glossary(ctx: Context) -> Answer | None:
    word = asked_abbreviation(ctx.question)
    thing = asked_thing(ctx)
    if thing and (word is None or fold(word) != thing.split()[0]):  # "vad är Vintersjöhem AB": the name, not "AB"
        return answer_definition(ctx, thing)
    if not word:
        return None
    ranking = ctx.retriever.search(parse_query(word), top_k=max(ctx.top_k, 20), filters=ctx.filters)
    word = _written_form(word, ranking.hits)
    explained = (_explained_in_hits(ranking.hits, word) or _explained_in_items(ctx, word)
                 or _explained_in_lists(ctx, word) or _explained_in_items(ctx, word, loosely=True))
    if explained:
        citation, expansion = explained
        lead = f"{_as_written(word, citation.quote)} står för ”{expansion}”."
        return Answer(ctx.question, "glossary", True, f"{lead} {citation.line()}", [citation], ranking.hits,
                      lead=lead)
    if thing and len(thing.split()) > 1:  # "vad är kafé älvbrinken": not the abbreviation KAFE, the name
        return answer_definition(ctx, thing)
    return _where_used(ctx, word, ranking.hits)


def _where_used(ctx: Context, word: str, hits: list) -> Answer | None:
    """An abbreviation the minutes do not spell out: where it is used, or that it is not used at all."""
    used = [cite_hit(hit, sentence) for hit in hits if (sentence := _sentence_with(hit.chunk.text, word))]
    used = used[:ctx.max_quotes]
    titled = _people_with_title(ctx, word)
    if not used and not titled:
        if _used_anywhere(ctx, word):
            return None  # used, but not where search finds it: the topic answer shows where
        lead = f"{word} förekommer inte i mötesanteckningarna."
        return Answer(ctx.question, "glossary", False, lead, [], hits, lead=lead)
    lines = [f"{word} förklaras inte i mötesanteckningarna" + (", men används här:" if used else ".")]
    lines += [c.line() for c in used]
    lines += [f"{c.quote} står med {word} i närvarolistan ({c.label})." for c in titled]
    return Answer(ctx.question, "glossary", True, "\n".join(lines), used + titled, hits, lead=lines[0])


def _written_form(word: str, hits: list) -> str:
    """The abbreviation as the minutes write it: 'aso' typed without å/ä/ö is 'ÄSO' there."""
    wanted = fold(word)
    for hit in hits:
        for found in ABBREVIATION.finditer(hit.chunk.text):
            if fold(found["word"]) == wanted:
                return found["word"]
    return word


def _explained_in_hits(hits: list, word: str) -> tuple[Citation, str] | None:
    for hit in hits:
        for sentence in candidate_sentences(hit.chunk.text):
            if expansion := expansion_in(sentence, word):
                return cite_hit(hit, sentence), expansion
    return None


def _explained_in_lists(ctx: Context, word: str) -> tuple[Citation, str] | None:
    """The expansion in an attendee's organisation or role ('Karin Ek, Kultur- och fritidsförvaltningen (KFF)');
    the citation holds that parsed field."""
    for meeting in ctx.lookup.meetings(ctx.filters):
        for person in meeting.attendees + meeting.absentees:
            for value in (person.organisation, person.role):
                if value and (expansion := expansion_in(value, word)):
                    return cite_meeting(meeting, value), expansion
    return None


def _explained_in_items(ctx: Context, word: str, *, loosely: bool = False) -> tuple[Citation, str] | None:
    """The expansion in any item's title or text, found by the abbreviation as written: search cannot find
    abbreviations that are also common words ('SKA', 'FÖR'), and titles ('Systematiskt kvalitetsarbete (SKA)')
    are not quoted from the text. `loosely`: the words right before '(CGM)', when nothing spells it out."""
    written = _as_word(word)
    explain = _named_before_brackets if loosely else expansion_in
    for meeting in ctx.lookup.meetings(ctx.filters):
        for index, item in enumerate(meeting.items):
            for sentence in [*item.parents, item.title, *candidate_sentences(item.text)]:
                if written.search(sentence) and (expansion := explain(sentence, word)):
                    return cite_item(meeting, index, sentence), expansion
    return None


def _named_before_brackets(sentence: str, word: str) -> str | None:
    """'kontinuerlig glukosmätning (CGM)': an abbreviation of words in another language (continuous glucose
    monitoring) is still explained by the lower-case words it stands after, back to a comma, colon or start."""
    found = re.search(rf"(?:^|[:;,]\s*)(?P<exp>[a-zåäöé][\wåäöé-]*(?:\s+[a-zåäöé][\wåäöé-]*){{0,3}})\s*"
                      rf"\(\s*{re.escape(word)}\s*\)", sentence)
    return found["exp"] if found and len(found["exp"]) >= len(word) + 4 else None


def _as_word(word: str) -> re.Pattern:
    """The abbreviation as a word, in any case ('Dnr', 'DNR'); in capitals only when it is also a common word,
    so that 'SKA' is not the verb 'ska'."""
    flags = 0 if frequency(word.lower()) >= COMMON_WORD else re.IGNORECASE
    return re.compile(rf"(?<![\wÅÄÖåäö]){re.escape(word)}(?![\wÅÄÖåäö])", flags)


def _used_anywhere(ctx: Context, word: str) -> bool:
    """Is the abbreviation written anywhere in the readable minutes (any case, å/ä/ö or not; in capitals when it is
    also a common word: the verb "ska" is no use of "SKA")?"""
    common = frequency(word.lower()) >= COMMON_WORD
    pattern = _as_word(word) if common else re.compile(rf"(?<![\w]){re.escape(fold(word))}(?![\w])")
    for meeting in ctx.lookup.meetings(ctx.filters):
        people = " ".join(f"{p.role or ''} {p.organisation or ''}" for p in meeting.attendees + meeting.absentees)
        texts = [people, *(f"{item.title}\n{item.text}" for item in meeting.items)]
        if any(pattern.search(text if common else fold(text)) for text in texts):
            return True
    return False


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
    after = re.search(rf"\b{escaped}\s*(?:\((?P<paren>[^)]{{3,90}})\)|,?\s*(?:=|–|-|:|står\s+för|betyder|dvs\.?|"
                      rf"d\.\s?v\.\s?s\.?|det\s+vill\s+säga|alltså|är\s+en\s+förkortning\s+för)\s*"
                      rf"(?P<rest>[^.;,\n()]{{3,90}}))", sentence, re.I)
    if after:
        candidate = re.sub(r"^(?:den|det|de|en|ett)\s+", "", (after["paren"] or after["rest"]).strip(" ,"))
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


_OCR_O = str.maketrans({"6": "o", "0": "o"})


def _spells(candidate: str, word: str) -> bool:
    """Do the abbreviation's letters appear in order in the candidate, the first one starting it?"""
    letters = [c for c in fold(word) if c.isalnum()]
    text = fold(candidate).translate(_OCR_O)  # "Strategisk 6verenskommelse": OCR's 6 and 0 for ö and o
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


def _sentence_with(text: str, word: str) -> str | None:
    """The first sentence that uses the abbreviation as written, if any."""
    written = _as_word(word)
    return next((s for s in candidate_sentences(text) if written.search(s)), None)
