"""Choosing the words to quote: the decision of an item, or its sentences that best match the question.

Quotes are cut from the stored text, never rewritten. A paragraph of the stored text is consecutive
lines of the source, but lines between paragraphs may have been left out (a presenter line, a
"Beslut" heading, a page header), so a quote never runs across paragraphs: pieces from different
paragraphs, or sentences that do not follow each other, are joined with " … ".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.search import Hit
from ingest.models import Meeting
from swedish.analysis import tokens
from swedish.text import normalise_space, sentences

from .models import Citation, cite_hit, cite_item

SHORT_PASSAGE = 300
# "hur mycket kostar hyran": the sentence with the sum answers, even when another shares more of the question's words
FIGURE_BONUS = 6


def quote_hit(hit: Hit, meeting: Meeting | None, wanted: set[str], *, prefer_text: bool = False,
              wants_name: bool = False, wants_figure: re.Pattern | None = None, taken_here: bool = False,
              sentences: int = 2, wants_deed: re.Pattern | None = None) -> Citation:
    """The item's decision that best matches the question, else the best one or two sentences: also when
    `prefer_text` (a "hur mycket" question, whose answer is a figure in the text; `wants_figure`, FIGURE or MONEY,
    prefers the sentences it finds) and, for a "vem …" question (`wants_name`), when a sentence names someone of the meeting.
    `taken_here` prefers a decision the meeting took to one it quotes from an earlier meeting; `sentences`: how many
    of the best sentences; `wants_deed`, the verb of "vem reserverade sig", prefers the sentences with it."""
    index = hit.chunk.item_index
    names = names_of(meeting) if wants_name else frozenset()
    named = bool(names) and any(names_someone(s, names) for s in candidate_sentences(hit.chunk.text))
    decisions = meeting.items[index].decisions if meeting is not None and index < len(meeting.items) else []
    # "vilka utsågs …": a decision that names people answers who before any other sentence that does
    if decisions and not prefer_text and (not named or any(names_someone(d.text, names) for d in decisions)):
        return quote_decision(meeting, index, wanted, taken_here=taken_here)
    text = hit.chunk.text
    quote = in_pieces(text) if len(text) <= SHORT_PASSAGE else best_sentences(text, wanted, sentences, names=names,
                                                                             wants_figure=wants_figure, wants_deed=wants_deed)
    return cite_hit(hit, quote, is_decision=_holds_a_decision(quote, meeting, index))


def names_of(meeting: Meeting | None) -> frozenset[str]:
    """First and last names of the meeting's people ('Karin', 'Ljung'), for "vem …" questions."""
    if meeting is None:
        return frozenset()
    people = [p.name for p in meeting.attendees + meeting.absentees]
    people += [n for n in (meeting.chair, meeting.secretary, meeting.justerare) if n]
    names = {w for name in people for w in re.findall(r"[A-ZÅÄÖ][a-zåäöéü]+", name) if len(w) > 2}
    return frozenset(names | set(initials_of(meeting)))


def initials_of(meeting: Meeting | None) -> dict[str, str]:
    """{'MY': 'Mehmet Yilmaz'}: the initials minutes write for the people of the meeting's lists after the first
    mention ("MY skickar uppsägningen"); initials two people share are left out."""
    if meeting is None:
        return {}
    found: dict[str, set[str]] = {}
    for person in meeting.attendees + meeting.absentees:
        parts = person.name.split()
        if len(parts) >= 2 and all(p[:1].isupper() for p in (parts[0], parts[-1])):
            found.setdefault(parts[0][0] + parts[-1][0], set()).add(person.name)
    return {initials: next(iter(names)) for initials, names in found.items() if len(names) == 1}


INITIALS = re.compile(r"\b[A-ZÅÄÖ]{2}\b")


def names_someone(sentence: str, names: frozenset[str]) -> bool:
    return bool(PERSON_NAME.search(sentence)) or any(w in names for w in re.findall(r"[A-ZÅÄÖ][a-zåäöéü]+", sentence)) \
        or any(w in names for w in INITIALS.findall(sentence))


def _holds_a_decision(quote: str, meeting: Meeting | None, index: int) -> bool:
    if meeting is None or index >= len(meeting.items):
        return False
    return any(in_pieces(decision.text) in quote for decision in meeting.items[index].decisions)


def quote_decision(meeting: Meeting, index: int, wanted: set[str], *, taken_here: bool = False) -> Citation:
    item = meeting.items[index]
    contexts = decision_contexts(item.text, [d.text for d in item.decisions])
    pairs = list(zip(item.decisions, contexts))
    if taken_here:
        pairs = [pair for pair in pairs if pair[0].decided_on is None] or pairs
    best = max(pairs, key=lambda pair: overlap(wanted, pair[1]))[0]
    return cite_item(meeting, index, in_pieces(best.text), is_decision=True, decided_on=best.decided_on,
                     proposal=in_pieces(best.proposal) if best.proposal else None)


GAP = " … "
# A first name and a surname: "Therese Linnér", "Karl-Erik Wass".
PERSON_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][a-zåäöéü]+")


def in_pieces(text: str) -> str:
    """The text's paragraphs, each with its spacing made single, joined by ' … ' (see the module's note)."""
    return GAP.join(normalise_space(p) for p in text.split("\n") if p.strip())


def decision_contexts(item_text: str, decisions: list[str]) -> list[str]:
    """Each decision with the text since the previous one: what it decides about ('• Statsbidrag …')."""
    contexts, start = [], 0
    for decision in decisions:
        position = item_text.find(decision[:40], start)
        if position < 0:
            contexts.append(decision)
            continue
        end = position + len(decision)
        contexts.append(item_text[start:end])
        start = end
    return contexts


def candidate_sentences(text: str) -> list[str]:
    return [s for _, s in _numbered_sentences(text)]


def _numbered_sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph number, sentence) for every sentence of the text, in order."""
    return [(number, s.strip()) for number, line in enumerate(text.split("\n")) for s in sentences(line) if s.strip()]


def with_neighbours(text: str, sentence: str, belongs: Callable[[str], bool]) -> str:
    """The sentence with the sentences just before and after it in its paragraph that `belongs` accepts
    ('Uppdrag: Ta fram bemanningsschema. Ansvarig: Ida Norén. Klart: december.'), as written."""
    numbered = _numbered_sentences(text)
    at = next((i for i, (_, s) in enumerate(numbered) if s == sentence), None)
    if at is None:
        return sentence
    paragraph = numbered[at][0]
    first = at - 1 if at > 0 and numbered[at - 1][0] == paragraph and belongs(numbered[at - 1][1]) else at
    last = at
    while last + 1 < len(numbered) and numbered[last + 1][0] == paragraph and belongs(numbered[last + 1][1]) \
            and last - at < 2:
        last += 1
    return " ".join(s for _, s in numbered[first:last + 1])


def sentences_around(text: str, sentence: str) -> tuple[str | None, str | None]:
    """The sentences just before and after the sentence in the text, also across a paragraph break."""
    numbered = [s for _, s in _numbered_sentences(text)]
    at = next((i for i, s in enumerate(numbered) if s == sentence), None)
    if at is None:
        return None, None
    return (numbered[at - 1] if at > 0 else None), (numbered[at + 1] if at + 1 < len(numbered) else None)


def best_sentences(text: str, wanted: set[str], limit: int = 2, *, names: frozenset[str] = frozenset(),
                   wants_figure: re.Pattern | None = None, wants_deed: re.Pattern | None = None) -> str:
    """The one or two sentences of the passage that share most query tokens (a sentence naming one of `names`
    or another person counts as two more when names are given, one that `wants_figure` finds a figure in six), in
    text order, a label with what it introduces ("Utsedda representanter:" and the names on the next line);
    sentences that do not follow each other in one paragraph are joined with ' … '."""
    candidates = _numbered_sentences(text)
    if not candidates:
        return in_pieces(text)
    overlaps = [overlap(wanted, candidate) + (2 if names and names_someone(candidate, names) else 0)
                + (FIGURE_BONUS if wants_figure and wants_figure.search(candidate) else 0)
                + (10 if wants_deed and wants_deed.search(candidate) else 0)  # what was asked: who did it
                for _, candidate in candidates]
    ranked = sorted(range(len(candidates)), key=lambda i: -overlaps[i])[:limit]
    keep = [i for i in sorted(ranked) if overlaps[i] > 0] or [ranked[0]]
    following = ranked[0] + 1  # what the best sentence leads to ("Niklas redovisade uppdraget." → the figures)
    if following < len(candidates) and following not in keep and candidates[following][0] == candidates[ranked[0]][0]:
        keep = sorted([*keep, following])
    keep = sorted({*keep, *(i + 1 for i in keep if i + 1 < len(candidates) and candidates[i][1].endswith(":"))})
    quote = candidates[keep[0]][1]
    for previous, i in zip(keep, keep[1:]):
        adjacent = i == previous + 1 and candidates[i][0] == candidates[previous][0]
        quote += (" " if adjacent else GAP) + candidates[i][1]
    return quote


def overlap(wanted: set[str], text: str) -> int:
    return len(wanted & set(tokens(text)))


# A short decision that points back at the matter: "Styrelsen beslöt att tillstyrka ansökan", "beslutades att godkänna
# det nya arrendeavtalet".
_POINTS_BACK = re.compile(r"\b(?:ansökan|frågan|förslaget|motionen|ärendet|skrivelsen|begäran|detta|denna)\b"
                          r"|\benligt\s+(?:\w+\s+)?förslag\b"
                          r"|\b(?:godkänn\w*|anta|antar|bifall\w*|tillstyrk\w*)\s+(?:det|den|de)\s+(?:nya\s+)?\w+", re.I)
SHORT_DECISION = 12  # words
_DECIDING_WORDS = set(tokens("styrelsen nämnden direktionen mötet gruppen beslutade beslutar beslöt beslutades beslut "
                             "godkänna godkänner anta antar nya"))


def what_a_short_decision_is_about(item_text: str, decision: str) -> str | None:
    """For a short decision that points back at the matter, the item's sentence (within one paragraph) that shares
    most words with it, else the item's opening sentence; None when the decision says enough itself."""
    if len(decision.split()) > SHORT_DECISION or not _POINTS_BACK.search(decision):
        return None
    said = set(tokens(decision)) - _DECIDING_WORDS
    others = [s for s in candidate_sentences(item_text) if s not in decision and decision not in s]
    best = max(others, key=lambda s: len(said & set(tokens(s))), default=None)
    if best and said & set(tokens(best)):
        return best
    opening = candidate_sentences(item_text.split("\n", 1)[0])[:1]
    return opening[0] if opening and opening[0] not in decision else None
