"""Assignment questions ("vem fick i uppdrag att …", "vad ska återrapporteras", "vem tar över X"): the
sentences that hand out the task, who and when due, and the later item that reported back."""

from __future__ import annotations

import datetime as dt
import re
from itertools import takewhile
from dataclasses import dataclass, replace

from index.search import Hit
from index.support import Term, is_present, topic_terms
from swedish.analysis import in_word_list, stem, tokens, words
from swedish.text import fold
from swedish.wording import ASSIGNMENT_WORDING, DELIVERABLES, DUE

from .context import Context
from .models import Answer, Citation, cite_hit
from .quotes import (GAP, INITIALS, best_sentences, candidate_sentences, initials_of, names_of, names_someone,
                     quote_decision, sentences_around, with_neighbours)


def answer_assignment(ctx: Context) -> Answer | None:
    if ctx.query.dates and _is_due(ctx.question, ctx.query.dates.words):  # "… redovisa i december": when it is due,
        ctx = replace(ctx, query=replace(ctx.query, dates=None))        # not when it was handed out
    ranking = ctx.retriever.search(ctx.query, top_k=ctx.top_k, filters=ctx.filters)
    terms = topic_terms(ctx.query.text)
    asked = asked_task(ctx.question)
    present = _asked_verb(ctx.question)
    verb = asked.verb if asked else (stem(present) if present else None)
    tasks = [(hit, sentence) for hit in ranking.hits for sentence in _task_sentences(hit, verb)
             if _names_a_doer(sentence, ctx.lookup.meeting(hit.chunk.meeting_id))
             and _is_the_task_asked(terms, asked, hit, sentence)]
    if not tasks:
        return None
    # A task handed out beats a report on it; then the more of the question's topic words it and its item's title
    # hold, and the more of them its item holds (a task to "ta fram förslag på kontaktvägar" is not any task to
    # "ta fram"); then one doing what was asked ("vem skriver …"); then the better hit (the sort is stable).
    tasks.sort(key=lambda pair: (bool(REPORTED.search(pair[1])),
                                 -sum(is_present(t, frozenset(tokens(f"{pair[0].chunk.title} {pair[1]}")))
                                      for t in terms), -round(pair[0].support or 0, 2),
                                 not (verb and _does(verb, pair[1]))))
    chosen = _one_per_quote(tasks)[:ctx.max_quotes]
    citations = [cite_hit(hit, _task_quote(hit, sentence)) for hit, sentence in chosen]
    lines = []
    for citation in citations:
        due = DUE.search(citation.quote)
        meeting = ctx.lookup.meeting(citation.meeting_id)
        holder = role_holder(meeting, citation.quote) or _initials_holder(meeting, citation.quote)
        lines.append(citation.line() + (f" Klart: {due.group(0).strip()}." if due else "")
                     + (f" ({holder[0]} enligt mötets närvarolista: {holder[1]})" if holder else ""))
    report = _reported_back(ctx, chosen[0][0])
    if report:
        lines.append(f"{report.note} {report.line()}")
        citations.append(report)
        if outcome := _decided_on_report(ctx, report):  # "Styrgruppen godkänner förslaget. … startar i september"
            lines.append(outcome.line())
            citations.append(outcome)
    return Answer(ctx.question, "assignment", True, "\n".join(lines), citations, ranking.hits)


def _one_per_quote(tasks: list[tuple[Hit, str]]) -> list[tuple[Hit, str]]:
    """The tasks less those whose quote (a task sentence with the one after it) an earlier one already gives."""
    seen: set[tuple[str, int, str]] = set()
    kept = []
    for hit, sentence in tasks:
        key = (hit.chunk.meeting_id, hit.chunk.item_index, _task_quote(hit, sentence))
        if key not in seen:
            seen.add(key)
            kept.append((hit, sentence))
    return kept


_DUE_VERB = re.compile(r"\b(?:redovisa|aterrapportera|rapportera|aterkomma|presentera|lamna|vara\s+klar|klart?)"
                       r"\w*\s+(?:\S+\s+){0,3}?$")


def _is_due(question: str, date_words: str) -> bool:
    """Whether the question's date phrase says when the task is due ('ska Kent återrapportera på majmötet', also
    typed 'aterrapportera')."""
    folded = fold(question)
    at = folded.find(fold(date_words.strip()))
    return at > 0 and bool(_DUE_VERB.search(folded[:at]))


def _is_the_task_asked(terms: list, asked: AskedTask | None, hit: Hit, sentence: str) -> bool:
    held = frozenset(tokens(f"{hit.chunk.title} {_task_quote(hit, sentence)}"))  # the task as quoted, with its title
    return _about_the_task(terms, held) and _does_the_asked(asked, hit, sentence, held)


def _about_the_task(terms: list, held: frozenset[str]) -> bool:
    """Whether a task as quoted (with its item's title; `held`, its tokens) holds a topic word of the question: in
    an item on the annual meeting, Barbro's draft of the report is no answer to who orders the cake."""
    return not terms or any(is_present(t, held) for t in terms)


def _does_the_asked(asked: AskedTask | None, hit: Hit, sentence: str, held: frozenset[str]) -> bool:
    """Whether the task is the one asked about: its quote (with the item's title) names the thing the question
    asks to have done ('korven' in 'vem ska grilla korven på städdagen'), or its item names the thing and the
    task sentence does the asked verb ('Birgitta skriver …' for 'vem ska skriva svaret på remissen'). A task in an
    item on the cleaning day that never speaks of sausages does not answer it, nor does a reminder about time
    sheets under 'Övrigt' beside a sentence on the summer party, nor the camp letter for who books the bus."""
    if asked is None or asked.named_in(held):
        return True
    item = frozenset(tokens(f"{hit.chunk.title} {hit.chunk.text}"))
    return _does(asked.verb, sentence) and asked.named_in(item)


_DONE = ("ad", "at", "ade", "ades", "ats", "de", "te", "dd", "tt")  # "bokad", "bokat", "bokade", "köpte", "gjord"


def _does(verb: str, sentence: str) -> bool:
    """Whether the sentence has the (stemmed) verb as a task is written: 'beställer', 'ska beställa', 'lämna
    … för åtgärd'; not as something already done ('Bussen är bokad', 'bokade'). A verb that asks only who sees
    to it ('vem fixar julmarknaden') is done by any seeing to it ('Elin och Tommy samordnar julmarknaden')."""
    if verb in _SEEING_TO_IT and (_SEES_TO_IT.search(sentence) or ASSIGNMENT_WORDING.search(sentence)):
        return True
    return any((stem(w) == verb and not w.endswith(_DONE)) or (w.startswith(verb) and w[len(verb):] in _NOUN_OF_VERB)
               for w in words(sentence))  # "ansvarar för rekryteringen" does "rekrytera"


_NOUN_OF_VERB = ("ing", "ingen", "ingar", "ingarna")


# "vem fixar / ordnar / sköter / ansvarar för X" (stemmed) asks who sees to it, however the minutes say so.
_SEEING_TO_IT = frozenset({"fix", "ordn", "skot", "ansvar", "hall", "samordn", "koll"})
_SEES_TO_IT = re.compile(r"\b(?:samordnar|ansvarar|ordnar|sköter|håller\s+i|fixar|arrangerar|organiserar|"
                         r"tar\s+hand\s+om|ser\s+till|leder|kontaktar|bokar|undersöker|utreder|kollar|tar\s+reda\s+på"
                         r"|tar\s+med\s+(?:sig\s+)?frågan)\b", re.IGNORECASE)


# "vem ska boka bussen till lägret", "vem fick i uppdrag att skriva sektionens verksamhetsberättelse": the verb
# after "ska"/"att" (or "vem fixar …"), then the words up to a preposition, the last of them the thing done to.
_TASK_VERB = re.compile(r"\b(?:ska|skall|maste|bor|att)\s+(?P<rest>\w+\s+.+)$")
_SECOND_QUESTION = re.compile(r",?\s+och\s+(?=(?:nar|hur|vad|var|vilken|vilket|till\s+nar)\b)")
_NO_VERB = frozenset("den det de detta dessa han hon vi man ni".split())  # "när ska den vara klar"
_ENDS_THE_THING = frozenset("om till pa i for efter infor vid av med fran under hos och eller nar innan att som "
                            "sa".split())


@dataclass(frozen=True)
class AskedTask:
    verb: str  # stemmed: "skriv" for "skriva"
    thing: Term
    owner: Term | None = None  # "caféets" of "utreda caféets framtid": whose the thing is, which may name it

    def named_in(self, tokens_: frozenset[str]) -> bool:
        return is_present(self.thing, tokens_) or (self.owner is not None and is_present(self.owner, tokens_))


def asked_task(question: str) -> AskedTask | None:
    """The verb and the thing the asked task is done to ('boka', 'bussen' in 'vem ska boka bussen till lägret');
    None when the question names no verb with an object after it, or asks what rather than who ('vad ska Jessica
    fixa')."""
    folded = _SECOND_QUESTION.split(fold(question))[0]  # "vem ansvarar för X, och när ska den vara klar"
    if not re.match(r"\s*(?:och\s+)?vem\b", folded):
        return None
    if found := _TASK_VERB.search(folded):
        verb, *after = words(found["rest"])
    elif found := _WHO_DOES.match(folded):
        verb, after = found["verb"], words(folded[found.end():])
    else:
        return None
    if verb in _NO_VERB:
        return None
    thing_words = list(takewhile(lambda word: word not in _ENDS_THE_THING, after))
    named = topic_terms(" ".join(thing_words))
    if not named:
        return None
    owner = named[-2] if len(named) >= 2 and named[-2].word.endswith("s") else None  # a genitive before the thing
    if named[-1].word in DELIVERABLES:  # "förslag på kontaktvägar": what the proposal is on names the task too
        owner = _what_it_is_on(after[len(thing_words):]) or owner
    return AskedTask(stem(verb), named[-1], owner)


def _what_it_is_on(rest: list[str]) -> Term | None:
    """'kontaktvägar' of 'på kontaktvägar inom …': the first topic word after the preposition."""
    if not rest or rest[0] not in ("pa", "for", "om", "till", "kring", "av"):
        return None
    named = topic_terms(" ".join(takewhile(lambda word: word not in _ENDS_THE_THING, rest[1:])))
    return named[0] if named else None


# A task handed to a role, not a name: "uppdra åt kassören att …", "Sekreteraren skickar …".
_ROLE_IN_TASK = re.compile(r"\b(?P<role>kassör|(?:vice\s+)?ordförande|sekreterare|vd)(?:en|n)?\b", re.IGNORECASE)


def role_holder(meeting, quote: str) -> tuple[str, str] | None:
    """(role, name) for a role the quote hands a task to, from the meeting's lists: 'kassören' → the attendee
    listed as kassör. None when the quote names no role or the lists name nobody for it."""
    found = _ROLE_IN_TASK.search(quote)
    if not found or meeting is None:
        return None
    role = " ".join(found["role"].lower().split())
    fields = {"ordförande": meeting.chair, "sekreterare": meeting.secretary}
    if fields.get(role):
        return role, fields[role]
    wanted = fold(role)
    for person in meeting.attendees:
        listed = fold(person.role or "").rstrip(".")
        if listed == wanted or (len(listed) >= 4 and wanted.startswith(listed) and not wanted.startswith("vice")):
            return role, person.name
    return None


def _initials_holder(meeting, quote: str) -> tuple[str, str] | None:
    """('SB', 'Sofie Bergström') when the quote hands the task to initials that one person of the lists has."""
    people = initials_of(meeting)
    return next(((found, people[found]) for found in INITIALS.findall(quote) if found in people), None)


# A report on a task, in the past tense: "återrapporterar på majmötet" is a task still to do.
REPORTED = re.compile(r"\båterrapporter(?:ade|ades|ats|ing\w*)\b|\brapporterade\b|\bredovisade\b", re.IGNORECASE)


# "… om vem som ska ansvara för vändningen": a task talked about, not handed out.
UNDECIDED = re.compile(r"\b(?:vem|vilka)\s+som\b|\boklart\b", re.IGNORECASE)


# Who can be handed a task besides a named person: "förvaltningen", "AU", "projektledaren", "kansliet".
DOER = re.compile(r"\w*(?:förvaltning|styrelse|arbetsutskott|kansli|projektled|ordförande|sekreterare|nämnd|grupp|direktör|"
                  r"rektor|kassör|valberedning|chef|samordnar|ansvarig)\w*|\bAU\b", re.IGNORECASE)


def _names_a_doer(sentence: str, meeting) -> bool:
    """A task handed to someone: a person of the meeting, a name, or a role or organ; 'Ärendet återkommer vid nästa
    möte' hands nothing to anyone."""
    return names_someone(sentence, names_of(meeting)) or bool(DOER.search(sentence)) or _first_name_does(sentence)


# "Anneli skickar ett utkast …": a first name that is no word of the language, doing something.
_FIRST_NAME_DOES = re.compile(r"^(?P<name>[A-ZÅÄÖ][a-zåäöé]+)\s+(?:och\s+[A-ZÅÄÖ][a-zåäöé]+\s+)?"
                              r"\w+(?:ar|er|ir)\b")


def _first_name_does(sentence: str) -> bool:
    found = _FIRST_NAME_DOES.match(sentence.strip())
    return bool(found) and not in_word_list(fold(found["name"]))  # not "Kommunen skickar …"


# "Ansvarig: Emma Lindkvist", "Ansvarig tjänsteman: fritidschef Amir Sadiq": who, on a line of its own.
RESPONSIBLE_LINE = re.compile(r"^\s*ansvarig\w*(?:\s+\w+|\s+för\s+[^:.]{1,40})?\s*:", re.IGNORECASE)


def _task_quote(hit: Hit, sentence: str) -> str:
    """The task with the sentences beside it that say who and when; a who-line of its own ('Ansvarig: …') comes
    with the sentence above it (what), and a task with the who-line below it (who). Separate paragraphs are
    joined with ' … ', as every quote."""
    quote = with_neighbours(hit.chunk.text, sentence, _part_of_task)
    before, _ = sentences_around(hit.chunk.text, sentence)
    if RESPONSIBLE_LINE.match(sentence) and before and before not in quote:
        return f"{before}{GAP}{quote}"
    last = next((s for s in reversed(candidate_sentences(hit.chunk.text)) if s in quote), sentence)
    _, after = sentences_around(hit.chunk.text, last)
    if after and RESPONSIBLE_LINE.match(after) and after not in quote:
        return f"{quote}{GAP}{after}"
    return quote


def _part_of_task(sentence: str) -> bool:
    """A sentence next to a task that says who, what or when: 'Ansvarig: Ida Norén.', 'Klart: december.',
    'Redovisas på styrgruppsmötet den 4 februari 2022.'"""
    return bool(DUE.search(sentence) or ASSIGNMENT_WORDING.search(sentence))


def _task_sentences(hit: Hit, verb: str | None = None) -> list[str]:
    # A doer with a deadline is a task too: "Emma Lindkvist informerar medlemmarna senast den 1 december"; and
    # for "vem skriver underlaget" (`verb` stemmed), a sentence where someone does what was asked ("Karin och
    # Lina skriver …", "Anton beställer pumpen måndag 11 augusti").
    return [s for s in candidate_sentences(hit.chunk.text)
            if (ASSIGNMENT_WORDING.search(s) or DUE.search(s) or (verb and _does(verb, s)))
            and not UNDECIDED.search(s)]


# "vem skriver …", "vem bokar …": the task's verb, in the present tense as minutes write tasks.
_WHO_DOES = re.compile(r"^\s*(?:och\s+)?vem\s+(?P<verb>\w+(?:ar|er|ir|yr|or))\b")
_NOT_TASK_VERBS = {"var", "har", "tar", "ar", "blir", "sitter", "leder", "deltar", "ingar", "representerar"}


def _asked_verb(question: str) -> str | None:
    match = _WHO_DOES.match(fold(question))
    return match["verb"] if match and match["verb"] not in _NOT_TASK_VERBS else None


def _decided_on_report(ctx: Context, report: Citation) -> Citation | None:
    """What the later meeting decided on the report, when its item records a decision not already quoted."""
    meeting = ctx.lookup.meeting(report.meeting_id)
    if meeting is None or report.item_index is None or not meeting.items[report.item_index].decisions:
        return None
    decided = quote_decision(meeting, report.item_index, ctx.wanted)
    return decided if decided.quote not in report.quote else None


def _reported_back(ctx: Context, task: Hit) -> Citation | None:
    """The best item on the same topic at a later meeting of the same body, if any."""
    if not task.chunk.date:
        return None
    later = replace(ctx.filters, date_from=dt.date.fromisoformat(task.chunk.date) + dt.timedelta(days=1),
                    date_to=None, body=task.chunk.body)
    ranking = ctx.retriever.search(ctx.query, top_k=3, filters=later)
    hits = sorted(ranking.hits, key=lambda h: h.chunk.date or "")
    if not hits or ranking.dates_dropped:
        return None
    hit = hits[0]
    return cite_hit(hit, best_sentences(hit.chunk.text, ctx.wanted), note=f"Återrapporterat {hit.chunk.date}:")
