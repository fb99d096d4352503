"""Words that Swedish minutes and the people asking about them use for the same thing.

A question says "pengar", the minutes say "medel"; a question says "ta över", the minutes
"ansvara för". Each group is a set of words whose stems count as one when deciding whether
a passage supports an answer. Kept small and general: words of minutes of any organisation,
never words of one sample.
"""

from __future__ import annotations

from functools import lru_cache

GROUPS = [
    "pengar medel budget budgeten kostnad kostnader kosta kostar belopp summa finansiering anslag statsbidrag",
    "ordförande ordf mötesordförande",
    "sekreterare protokollförare mötessekreterare",
    "möte möten sammanträde sammanträden träff",
    "ansvara ansvarar ansvarig ansvar huvudansvar huvudansvarig ta över överta",
    "uppdrag uppgift uppdraget",
    "förstärkning förstärka utöka utökning utökad",
    "avtal avtalet överenskommelse kontrakt",
    "anställa anställning rekrytera rekrytering tillsätta",
    "köpa köpte köpt köp inköp inköpen inköpt införskaffa upphandling upphandla beställa beställde beställt",
    "sälja försäljning avyttra",
    "rapport redovisning redovisa återrapport återrapportera återrapportering",
    "hemsida hemsidan webbplats webbsida",
    "skola skolan skolor utbildning",
    "elev elever studenter",
    "personal medarbetare anställda",
    "lokal lokaler lokalen",
    "säga upp uppsägning avsluta",
    "godkänna godkänt godkändes fastställa fastställdes anta antogs",
    "utse utsågs utsedd utsedda utsett välja valdes vald valda val",
    "hyra hyran hyreshöjning avgift avgiften",
    "höja höjs höjer höjdes höjning höjningen öka ökar ökas ökade ökning ökningen",
    "arvode arvoden ersättning",
    "fest firande kalas",
    "stöd stödet bidrag",
    "va vatten avlopp",
    "brf bostadsrättsförening bostadsrättsföreningen",
    "parkering parkeringsplats parkeringsplatsen p-plats p-platsen garageplats",
    "solpaneler solpanel solceller solcell solcellsanläggning",
    "löneökning löneökningen lönehöjning lönehöjningen lönerevision lönerevisionen löneförhandling",
    "leder leda ledare ordförande",
    "farthinder farthindren fartgupp fartguppen gupp guppen fartdämpare hastighetsdämpande",
    "laddstolpe laddstolpar laddstolparna laddpunkt laddpunkter laddplats laddplatser laddinfrastruktur laddstation",
    "privat privata enskild enskilda",
    "brev brevet skrivelse skrivelsen",
    "mejl mejladress mejladresser e-post e-postadress e-postadresser epost",
    "underskott back minus",  # "varför går nämnden back"
    "feriejobb feriejobben feriearbete sommarjobb sommarjobben sommararbete",
    "teckna tecknar tecknade underteckna undertecknar signera signerar",
    "granne grannar grannarna boende",
    "meddela meddelar informera informerar underrätta underrättar",
    "café caféet cafét kafé kaféet kafét kafeet cafeet",  # both spellings, with and without the accent
    "jobb jobbet jobba arbete arbetet anställning sysselsättning",  # "fick jobb" / "gick till arbete"
    "plugga pluggar pluggade studera studerar studier",
    "snöröjning snöröjningen vinterväghållning vinterväghållningen plogning",
    "lampa lampor lamporna belysning belysningen armatur armaturer",
    "ungdom ungdomar ungdomarna unga",
    "pågå pågår pågick pågått pågående",  # a strong verb: the stems of its tenses differ
    "rösta röstade röstande valdeltagande valdeltagandet",
    "laga lagat lagade fixa fixat fixade åtgärda åtgärdat åtgärdades reparera reparerat reparation",
]


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, frozenset[str]]:
    from .analysis import stem

    index: dict[str, set[str]] = {}
    for group in GROUPS:
        stems = frozenset(stem(w) for entry in group.split() for w in _searchable_parts(entry))
        for s in stems:
            index.setdefault(s, set()).update(stems)
    return {s: frozenset(group) for s, group in index.items()}


def _searchable_parts(entry: str) -> list[str]:
    """The words of a group's entry that stand for it: passages split "e-postadresser" into "e" and
    "postadresser", so a hyphenated entry counts by its parts, but not by a common word ("plats" of
    "p-plats", "post" of "e-post")."""
    from .analysis import words
    from .dictionary import frequency

    parts = words(entry)
    if "-" not in entry:
        return parts
    return [w for w in parts if len(w) > 1 and frequency(w) < COMMON_PART]


COMMON_PART = 4.0  # Zipf


def synonyms(stemmed: str) -> frozenset[str]:
    """The stems that count as the same word as `stemmed` (itself excluded); empty when none."""
    return _by_stem().get(stemmed, frozenset()) - {stemmed}
