"""Choosing the words to quote: the decision of an item, or its sentences that best match the question.

Quotes are cut from the stored text (the source's words, paragraphs joined by single spaces),
never rewritten.
"""

from __future__ import annotations

from index.search import Hit
from ingest.models import Meeting
from swedish.analysis import tokens
from swedish.text import normalise_space, sentences

from .models import Citation, cite_hit, cite_item

SHORT_PASSAGE = 300


def quote_hit(hit: Hit, meeting: Meeting | None, wanted: set[str], *, prefer_text: bool = False) -> Citation:
    """The item's decision that best matches the question, else (or when `prefer_text`, for "hur mycket"
    questions whose answer is a figure in the text) the best one or two sentences."""
    index = hit.chunk.item_index
    if not prefer_text and meeting is not None and index < len(meeting.items) and meeting.items[index].decisions:
        return quote_decision(meeting, index, wanted)
    text = hit.chunk.text
    quote = normalise_space(text) if len(text) <= SHORT_PASSAGE else best_sentences(text, wanted)
    return cite_hit(hit, quote)


def quote_decision(meeting: Meeting, index: int, wanted: set[str]) -> Citation:
    item = meeting.items[index]
    contexts = decision_contexts(item.text, [d.text for d in item.decisions])
    best = max(zip(item.decisions, contexts), key=lambda pair: overlap(wanted, pair[1]))[0]
    return cite_item(meeting, index, normalise_space(best.text), is_decision=True, decided_on=best.decided_on,
                     proposal=normalise_space(best.proposal) if best.proposal else None)


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
    return [s.strip() for line in text.split("\n") for s in sentences(line) if s.strip()]


def best_sentences(text: str, wanted: set[str], limit: int = 2) -> str:
    """The one or two sentences of the passage that share most query tokens, in text order."""
    candidates = candidate_sentences(text)
    if not candidates:
        return normalise_space(text)
    overlaps = [overlap(wanted, candidate) for candidate in candidates]
    ranked = sorted(range(len(candidates)), key=lambda i: -overlaps[i])[:limit]
    keep = [i for i in sorted(ranked) if overlaps[i] > 0] or [ranked[0]]
    return " ".join(candidates[i] for i in keep)


def overlap(wanted: set[str], text: str) -> int:
    return len(wanted & set(tokens(text)))
