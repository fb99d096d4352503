"""Topic questions ("vad beslutades om X", "vad sades om X"): the matching items' decisions or best
sentences, quoted verbatim, newest meeting first.

An answer is only given when the minutes support it (index.support); otherwise the answer says
plainly that nothing was found. When the question's date phrase ruled out every supporting
passage, the answer comes from all dates and says so.
"""

from __future__ import annotations

import re

from index.search import Hit
from index.support import Term, is_present, is_written, named_places, topic_terms
from swedish.analysis import stem, tokens
from swedish.questions import (AMOUNT, COST, FINALLY, HOW_LONG, WHEN, WHICH_COMPANY, WHO, WHY, YES_NO, asked_role_noun, asks,
                               capitalised_places)
from swedish.text import fold
from swedish.wording import COMPANY_NAME, FIGURE, FIGURE_OR_DATE, MONEY, WHEN_TEXT

from .context import Context
from .models import Answer, cite_hit, cite_item, not_found
from .quotes import (GAP, candidate_sentences, in_pieces, names_of, names_someone, overlap, quote_hit,
                     what_a_short_decision_is_about)


def answer_topic(ctx: Context, kind: str = "topic") -> Answer:
    finally_ = bool(asks(FINALLY, ctx.question))  # the outcome may rank below the plans: look further
    ranking = ctx.retriever.search(ctx.query, top_k=max(ctx.top_k, 30) if finally_ else ctx.top_k, filters=ctx.filters)
    notes = dates_dropped_note(ctx) if ranking.dates_dropped else []
    amount = bool(asks(AMOUNT, ctx.question))
    why = bool(asks(WHY, ctx.question))
    when = not amount and not ctx.query.decision_intent and bool(asks(WHEN, ctx.question))
    hits = _stating_a_figure(ctx, ranking.hits) if amount else ranking.hits
    if not hits:
        return not_found(ctx.question, kind, hits=ranking.hits, notes=notes)
    if finally_:
        hits = _latest_best_first(hits)
    chosen = sorted(hits[:ctx.max_quotes], key=lambda h: (h.chunk.date or "", -h.chunk.item_index), reverse=True)
    wants_name = bool(asks(WHO, ctx.question))
    company = bool(asks(WHICH_COMPANY, ctx.question))
    citations = []
    for hit in chosen:
        meeting = ctx.lookup.meeting(hit.chunk.meeting_id)
        quoted = quote_hit(hit, meeting, ctx.wanted, prefer_text=amount or why or when or company, wants_name=wants_name,
                           wants_figure=_wanted_figure(ctx, amount, when), wants_deed=_what_someone_did(ctx.question))
        citations += [*_defining(ctx, hit), *_closer_sentences(ctx, hit, meeting, quoted),
                      *_what_it_approves(hit, meeting, quoted), quoted,
                      *_outcome(ctx, hit, quoted), *(_decided_figures(ctx, hit, meeting, quoted) if amount else [])]
    if kind == "assignment":  # "vem ansvarar för …" with no task handed out: only a quote that names someone answers
        citations = [c for c in citations if names_someone(c.quote, names_of(ctx.lookup.meeting(c.meeting_id)))]
    elif kind == "people" and (role := asked_role_noun(ctx.question)) and (term := topic_terms(role)):
        citations = [c for c in citations if _names_the_role(ctx, c, term[0])]
    if kind in ("assignment", "people") and not citations:
        return not_found(ctx.question, kind, hits=ranking.hits, notes=notes)
    citations = _without_repeats(citations + earlier_decisions(ctx, citations))
    text = "\n".join(notes + [c.line() for c in citations])
    return Answer(ctx.question, kind, True, text, citations, ranking.hits, notes)


def _latest_best_first(hits: list[Hit]) -> list[Hit]:
    """The hits that hold all the question holds, the latest meeting's first, then the rest: "hur mycket
    kostade taket till slut" is answered where the matter was last reported, not where it was planned."""
    best = max(hit.support or 0 for hit in hits)
    top = sorted((hit for hit in hits if (hit.support or 0) >= best), key=lambda h: h.chunk.date or "", reverse=True)
    return top + [hit for hit in hits if hit not in top]


def _names_the_role(ctx: Context, citation, role: Term) -> bool:
    """'vem är tränare för A-laget': a quote answers only when it names someone and the role, and the places the
    question names that are not the body's own ('bibliotekschef i Ormnäs')."""
    meeting = ctx.lookup.meeting(citation.meeting_id)
    said = frozenset(tokens(citation.quote))
    places = {stem for place in capitalised_places(ctx.question) for stem in tokens(place)}
    places -= set(tokens(meeting.body)) if meeting else set()
    return says_who_holds(citation.quote, role, names_of(meeting)) and places <= said


def says_who_holds(quote: str, role: Term, names: frozenset[str]) -> bool:
    """Whether one sentence of the quote names both the role and someone: "Susanne presenterade planen. …
    Hälso- och sjukvårdsdirektören har avsatt 3,2 miljoner" names a direktör and someone, but not who it is."""
    return any(names_someone(sentence, names) and is_written(role, frozenset(tokens(sentence)))
               for sentence in candidate_sentences(quote.replace(GAP, "\n")))


def _without_repeats(citations: list) -> list:
    """The citations less those whose quote an earlier one of the same item already holds."""
    kept: list = []
    for citation in citations:
        if not any(c.meeting_id == citation.meeting_id and c.item_index == citation.item_index
                   and citation.quote in c.quote for c in kept):
            kept.append(citation)
    return kept


def _asked_figure(question: str):
    """What answers an amount question: a sum of money for a cost, dates too for a span ('hur lång projekttid'),
    else a figure."""
    return MONEY if asks(COST, question) else FIGURE_OR_DATE if asks(HOW_LONG, question) else FIGURE


def _wanted_figure(ctx: Context, amount: bool, when: bool):
    """What the quoted sentences should hold: a sum for a cost question, a figure for another amount, a date for
    'när …', a company's name for 'vilket företag / konsultbolag …'."""
    if amount:
        return _asked_figure(ctx.question)
    if asks(WHICH_COMPANY, ctx.question):
        return COMPANY_NAME
    return WHEN_TEXT if when else None


# "vem reserverade sig", "vem föreslog": the verb is what is asked; a sentence with it answers (not "vem är", "vem ska").
_WHO_DID = re.compile(r"\bvem\s+(?P<verb>[^\W\d_]{4,})", re.IGNORECASE)
_NOT_A_DEED = frozenset("""ar var blir blev har hade ska skulle kan kunde bor maste fick tar tog gor gjorde
ansvarar ansvarade""".split())


def _what_someone_did(question: str) -> re.Pattern | None:
    """The asked verb as the minutes may inflect it ('reserverade' → 'reserver…'), for "vem <verb>" questions."""
    found = _WHO_DID.search(question)
    if not found or fold(found["verb"]) in _NOT_A_DEED:
        return None
    root = found["verb"][:max(4, len(stem(fold(found["verb"]))))]
    return re.compile(rf"\b{re.escape(root)}\w*", re.IGNORECASE)


# "vad är en social insatsgrupp", "vad innebär ett planbesked": what the minutes say the thing is.
DEFINITION_QUESTION = re.compile(r"^\s*vad\s+(?:ar|innebar|betyder|menas\s+med)\s+(?:en\s+|ett\s+)?")


def _defining(ctx: Context, hit: Hit) -> list:
    """A sentence of the passage that says what the asked thing is ('En social insatsgrupp är en samverkan …')."""
    if not asks(DEFINITION_QUESTION, ctx.question):
        return []
    thing = ctx.question.rstrip(" ?.!").split()[-1]
    defines = re.compile(rf"\b{re.escape(thing[:max(4, len(thing) - 2)])}\w*\s+(?:är|innebär|betyder|avser)\b",
                         re.IGNORECASE)
    found = next((s for s in candidate_sentences(hit.chunk.text) if defines.search(s)), None)
    return [cite_hit(hit, found)] if found else []


def _closer_sentences(ctx: Context, hit: Hit, meeting, decided) -> list:
    """The item's sentences that match the question better than its decision does ('vilket företag ska bygga
    konstgräsplanen' is answered by the text, 'Nordgräs'): quoted before the decision. None when the quote is
    not a decision or already holds them."""
    if not decided.is_decision:
        return []
    said = quote_hit(hit, meeting, ctx.wanted, prefer_text=True)
    if said.quote in decided.quote or decided.quote in said.quote:
        return []
    return [said] if overlap(ctx.wanted, said.quote) > overlap(ctx.wanted, decided.quote) else []


def _what_it_approves(hit: Hit, meeting, decided) -> list:
    """Before a short decision that points back ('beslutades att godkänna det nya arrendeavtalet'), the sentence of
    the item that says what it approves."""
    if not decided.is_decision:
        return []
    matter = what_a_short_decision_is_about(hit.chunk.text, decided.quote)
    return [cite_hit(hit, matter)] if matter and matter not in decided.quote else []


def _outcome(ctx: Context, hit: Hit, quoted) -> list:
    """For a yes/no question ("blir det solpaneler på Tornbyhöjden"), the item's last one or two sentences (of its
    last paragraph, so the quote is one piece of the source), where minutes say
    how the matter was left ("Inget är bestämt", "Styrelsen vill se en kalkyl med batterilager först")."""
    if not asks(YES_NO, ctx.question):
        return []
    paragraphs = [p for p in hit.chunk.text.split("\n") if p.strip()]
    last = " ".join(candidate_sentences(paragraphs[-1])[-2:]) if paragraphs else ""
    return [cite_hit(hit, last)] if last and last not in quoted.quote else []


def _decided_figures(ctx: Context, hit: Hit, meeting, quoted) -> list:
    """For "vad kostar …", the item's decisions that set a sum ('att anta anbudet … om 2 530 000 kr'): what was
    decided is the answer more often than a figure in the background."""
    if meeting is None or hit.chunk.item_index >= len(meeting.items):
        return []
    pattern = MONEY if asks(COST, ctx.question) else FIGURE
    return [cite_item(meeting, hit.chunk.item_index, text, is_decision=True, decided_on=decision.decided_on)
            for decision in meeting.items[hit.chunk.item_index].decisions
            if pattern.search(decision.text) and (text := in_pieces(decision.text)) not in quoted.quote][:1]


def _stating_a_figure(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """For "hur mycket / hur många / vad kostar": only passages with a sentence that gives a figure (a sum of
    money when a cost is asked) about the topic, i.e. next to a topic word or under a title that names one.
    A passage that only says the cost will be looked into ("ta fram vad det skulle kosta") does not answer."""
    pattern = _asked_figure(ctx.question)
    bodies = _body_tokens(hits)
    terms = [t for t in topic_terms(ctx.query.text) if not is_present(t, bodies)]
    counted = _counted(ctx.question, terms)
    # "hur mycket kostade nya orgeln i Brännebo kyrka": the sum must be the organ's, not the hymn books' of that church
    costed = terms[0] if terms and pattern is MONEY and counted is None and named_places(ctx.query.text) else None
    kept = []
    for hit in hits:
        title = frozenset(tokens(hit.chunk.label))  # the title with its section's: "säsongen 2024/25 › Ekonomisk …"
        whole = title | frozenset(tokens(hit.chunk.text)) if costed else frozenset()
        # For a count, the sentence before may name the topic ("… oro kring Centrumgallerian. … tre anmälningar om
        # rån"); a sum must be in a sentence about what it costs.
        before = frozenset()
        for sentence in candidate_sentences(hit.chunk.text):
            said = frozenset(tokens(sentence))
            held = sum(is_present(t, said | before | title) for t in terms)
            if pattern.search(sentence) and 2 * held >= len(terms) and (not before or _holds_any(terms, said | title)) \
                    and (counted is None or is_present(counted, said | before | title)) \
                    and (costed is None or is_present(costed, whole)):
                kept.append(hit)
                break
            before = said if pattern is FIGURE else frozenset()
    return kept


_HOW_MANY = re.compile(r"\bhur\s+manga\s+(?P<noun>\w+)")


def _counted(question: str, terms: list[Term]) -> Term | None:
    """What "hur många elbilar …" counts: a figure about something else (three computers) does not answer it."""
    found = asks(_HOW_MANY, question)
    return next((t for t in terms if found and t.word == found["noun"]), None)


def _holds_any(terms, tokens_: frozenset[str]) -> bool:
    """Whether the sentence (with its title) holds a topic word itself, not only through the one before."""
    return not terms or any(is_present(t, tokens_) for t in terms)


def _body_tokens(hits: list[Hit]) -> frozenset[str]:
    """The words of the hits' bodies' names: 'i solgläntan' names where, not what."""
    return frozenset(t for hit in hits for t in tokens(hit.chunk.body))


def earlier_decisions(ctx: Context, citations: list) -> list:
    """Decisions of the quoted items that the minutes record as taken at an earlier meeting: their date
    answers "när beslutades …" even when another decision of the item matched the words better."""
    extra = []
    for citation in citations:
        meeting = ctx.lookup.meeting(citation.meeting_id)
        if meeting is None or citation.item_index is None:
            continue
        for decision in meeting.items[citation.item_index].decisions:
            if decision.decided_on and in_pieces(decision.text) != citation.quote:
                extra.append(cite_item(meeting, citation.item_index, in_pieces(decision.text),
                                       is_decision=True, decided_on=decision.decided_on))
    return extra


def dates_dropped_note(ctx: Context) -> list[str]:
    words = ctx.query.dates.words if ctx.query.dates else "den angivna tiden"
    return [f"Inget i mötesanteckningarna från ”{words.strip()}” handlar om detta; svaret gäller alla datum."]
